/** A bundled client script, as text for a classic `<script>` (see astro.config.mjs). */
declare module 'virtual:classic-script/*' {
  const code: string;
  export default code;
}
