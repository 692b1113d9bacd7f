// The request form: shows only the fields the chosen section's category asks for, and while the subject is typed,
// the articles the help center finds for it ("these may answer your question"). The keys of the articles
// shown travel with the form in hidden fields, so a request filed anyway records what the person saw.
// Everything from the server is put in as text, never as HTML.
(function () {
  'use strict';
  var form = document.getElementById('request-form');
  if (!form) {
    return;
  }
  var category = document.getElementById('category');
  var subject = document.getElementById('subject');
  var box = document.getElementById('suggestions');
  var list = box.querySelector('ul');
  var keys = document.getElementById('suggested-keys');
  var url = form.getAttribute('data-suggest-url');

  // The select lists each category's sections in an optgroup that names the fields the category asks for.
  function showFields() {
    var chosen = category.options[category.selectedIndex];
    var group = chosen && chosen.parentNode.tagName === 'OPTGROUP' ? chosen.parentNode : null;
    var wanted = ((group && group.getAttribute('data-fields')) || '').split(' ');
    form.querySelectorAll('.help-category-field').forEach(function (field) {
      var shown = wanted.indexOf(field.getAttribute('data-field')) >= 0;
      field.hidden = !shown;
      field.querySelector('input').required = shown;
    });
  }

  function show(articles) {
    list.textContent = '';
    keys.textContent = '';
    articles.forEach(function (article) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = article.url;
      link.target = '_blank';
      link.rel = 'noopener';
      link.textContent = article.title;
      item.appendChild(link);
      list.appendChild(item);
      var key = document.createElement('input');
      key.type = 'hidden';
      key.name = 'suggested';
      key.value = article.key;
      keys.appendChild(key);
    });
    box.hidden = articles.length === 0;
  }

  var timer = null;
  var asked = '';
  subject.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var q = subject.value.trim();
      if (q.length < 3 || q === asked) {
        return;
      }
      asked = q;
      fetch(url + '?q=' + encodeURIComponent(q), {headers: {'Accept': 'application/json'}})
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (articles) { if (asked === q) { show(articles); } })
        .catch(function () { /* suggestions are a help, never a condition of filing */ });
    }, 300);
  });
  category.addEventListener('change', showFields);
  showFields();
})();
