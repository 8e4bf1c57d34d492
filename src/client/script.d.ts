/** The bundled client script, as text for an inline classic `<script>` (see astro.config.mjs). */
declare module 'virtual:timeline-script' {
  const code: string;
  export default code;
}
