/* Timeline embed loader: sizes every <iframe data-timeline-embed> to the height its own page posts,
   { type: 'timeline:height', height: <px> }. Messages from any other window are ignored. */
(function (w) {
  if (w.timelineEmbedLoader) return;
  w.timelineEmbedLoader = 1;
  w.addEventListener('message', function (e) {
    var d = e.data, h = d && d.type === 'timeline:height' ? d.height : 0, f, i;
    if (typeof h !== 'number' || !(h >= 100 && h <= 20000)) return;
    f = document.querySelectorAll('iframe[data-timeline-embed]');
    for (i = 0; i < f.length; i++) {
      if (f[i].contentWindow === e.source) {
        f[i].style.height = Math.ceil(h) + 'px';
        return;
      }
    }
  });
})(window);
