// "Copy citation" buttons: copy the referenced element's text. Without JavaScript the buttons stay hidden.
(function () {
  'use strict';
  document.querySelectorAll('button.copy').forEach(function (button) {
    var source = document.getElementById(button.getAttribute('data-copy'));
    if (!source || !navigator.clipboard) { return; }
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(source.textContent.trim()).then(function () {
        button.textContent = 'Copied';
      }, function () {
        button.textContent = 'Select the text to copy';
      });
    });
  });
})();
