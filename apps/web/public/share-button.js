/* global document */
// The share bar's one button (components/share-links.tsx), without React: the device's share sheet
// where there is one (phones), otherwise copying the link. The button is rendered `hidden` so that,
// without JavaScript, there is never a button that does nothing.
(function () {
  var buttons = document.querySelectorAll('button[data-share-url]');
  for (var i = 0; i < buttons.length; i++) setUp(buttons[i]);

  function setUp(button) {
    if (button.getAttribute('data-share-ready')) return;
    button.setAttribute('data-share-ready', 'true');
    var data = button.dataset;
    var status = document.getElementById(data.statusId || '');
    var canShare = typeof navigator.share === 'function';
    button.textContent = canShare ? data.labelShare : data.labelCopy;
    button.hidden = false;
    button.addEventListener('click', function () {
      if (canShare) {
        // A closed share sheet rejects: nothing to report.
        navigator.share({ title: data.shareTitle, url: data.shareUrl }).catch(function () {});
        return;
      }
      var say = function (text) {
        if (status) status.textContent = text;
      };
      if (!navigator.clipboard) return say(data.labelFailed);
      navigator.clipboard.writeText(data.shareUrl).then(
        function () {
          say(data.labelCopied);
        },
        function () {
          say(data.labelFailed);
        },
      );
    });
  }
})();
