// SiteGen's preview script: served by 'serve' only, at /__sitegen/preview.js, never in the built
// site. A file of its own, not inline, so that it runs under the site's Content-Security-Policy
// (script-src 'self') exactly as the published pages carry it.
//
// The page carries the version it was served at (data-version). The event stream sends the
// current version on connect and after every change, and the page reloads when they differ, so a
// change that lands between a page load and its connection is not missed, and a restarted server
// (a new version) reloads open pages too.
(() => {
  "use strict";
  const script = document.currentScript;
  if (!script) return;
  const version = script.dataset.version;
  const source = script.dataset.events;
  let events = null;
  const open = () => {
    if (events) return;
    events = new EventSource(source);
    events.onmessage = (e) => {
      if (e.data !== version) {
        events.close();
        location.reload();
      }
    };
  };
  const close = () => {
    if (events) {
      events.close();
      events = null;
    }
  };
  // A hidden tab lets go of its connection, because browsers allow only six per host over
  // HTTP/1.1 and an editor may have more previews open; it checks the version again when shown.
  document.addEventListener("visibilitychange", () => (document.visibilityState === "hidden" ? close() : open()));
  if (document.visibilityState !== "hidden") open();
})();
