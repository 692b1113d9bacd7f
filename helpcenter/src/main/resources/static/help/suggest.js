/*
 * Search-as-you-type for the help center's search boxes (the bar's #help-q, the home page's big one: each
 * marked data-suggest): titles from /api/help/suggest shown in a listbox under the box (the ARIA 1.2
 * combobox pattern). Up and down move through them, Enter opens
 * the one chosen (or searches when none is), Escape closes them. Asks 150 ms after the last key, and
 * drops an answer that arrives after a newer question. Without script the box is a plain search form.
 */
(function () {
  'use strict';
  if (!window.fetch) {
    return;
  }
  document.querySelectorAll('input[data-suggest]').forEach(suggestUnder);

  function suggestUnder(input) {
    var form = input.form;
    var list = document.createElement('ul');
    list.id = input.id + '-suggestions';
    list.className = 'suggestions';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', input.getAttribute('data-suggestions-label') || 'Suggestions');
    list.hidden = true;
    form.appendChild(list);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', list.id);
    input.setAttribute('aria-expanded', 'false');

    var timer = null;
    var asked = 0;
    var active = -1;

    function options() {
      return list.querySelectorAll('[role=option]');
    }

    function close() {
      list.hidden = true;
      list.textContent = '';
      active = -1;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }

    function choose(index) {
      var all = options();
      if (all.length === 0) {
        return;
      }
      active = (index + all.length) % all.length;
      for (var i = 0; i < all.length; i++) {
        all[i].setAttribute('aria-selected', i === active ? 'true' : 'false');
      }
      input.setAttribute('aria-activedescendant', all[active].id);
      all[active].scrollIntoView({ block: 'nearest' });
    }

    function show(suggestions) {
      close();
      if (suggestions.length === 0) {
        return;
      }
      suggestions.forEach(function (suggestion, i) {
        var option = document.createElement('li');
        option.id = list.id + '-' + i;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.setAttribute('data-url', suggestion.url);
        option.textContent = suggestion.title; // text, never HTML: a title is whatever staff typed
        option.addEventListener('mousedown', function (event) {
          event.preventDefault(); // keep the focus in the box until the page changes
          window.location.href = suggestion.url;
        });
        list.appendChild(option);
      });
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }

    function ask() {
      var text = input.value.trim();
      var question = ++asked;
      if (text === '' || text.length > 200) {
        close();
        return;
      }
      fetch('/api/help/suggest?q=' + encodeURIComponent(text), { headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
        .then(function (body) {
          if (question === asked) {
            show(body.suggestions || []);
          }
        })
        .catch(close);
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(ask, 150);
    });

    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (!list.hidden) {
          event.preventDefault();
          choose(active + (event.key === 'ArrowDown' ? 1 : -1));
        }
      } else if (event.key === 'Enter') {
        if (!list.hidden && active >= 0) {
          event.preventDefault();
          window.location.href = options()[active].getAttribute('data-url');
        }
      } else if (event.key === 'Escape' && !list.hidden) {
        event.preventDefault(); // close the suggestions only: a search box would also clear what was typed
        close();
      }
    });

    input.addEventListener('blur', close);
  }
})();
