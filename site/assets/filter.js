// Timeline filter: shows the events whose document belongs to the chosen section and topic.
// Without JavaScript the form stays hidden and every event is listed.
(function () {
  'use strict';
  var form = document.getElementById('timeline-filter');
  if (!form) { return; }
  var selects = form.querySelectorAll('select');
  var status = form.querySelector('.filter-count');
  function apply() {
    var shown = 0;
    document.querySelectorAll('li.event').forEach(function (item) {
      var visible = true;
      selects.forEach(function (select) {
        var wanted = select.value;
        var values = (item.getAttribute('data-' + select.getAttribute('data-attribute')) || '').split(' ');
        if (wanted && values.indexOf(wanted) < 0) { visible = false; }
      });
      item.hidden = !visible;
      if (visible) { shown++; }
    });
    document.querySelectorAll('section.year').forEach(function (year) {
      year.hidden = year.querySelectorAll('li.event:not([hidden])').length === 0;
      // The year's link in "Go to a year" goes with it.
      var link = document.querySelector('.year-nav li[data-year="' + year.getAttribute('data-year') + '"]');
      if (link) { link.hidden = year.hidden; }
    });
    status.textContent = shown + (shown === 1 ? ' event' : ' events');
  }
  selects.forEach(function (select) { select.addEventListener('change', apply); });
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  form.hidden = false;
})();
