// Live refresh without a front-end build: an element with data-live="SECONDS" and an id is fetched
// again from the page's own address every so often and swapped in place. It waits while the tab is
// hidden or while the reader is typing in a form inside it, so nothing they are doing is lost.
(function () {
  function refresh(element) {
    if (document.hidden || element.contains(document.activeElement) && document.activeElement.form) {
      return;
    }
    fetch(window.location.href, { headers: { 'Accept': 'text/html' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok || response.redirected) {
          throw new Error('refresh answered ' + response.status);
        }
        return response.text();
      })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById(element.id);
        if (fresh) {
          element.innerHTML = fresh.innerHTML;
          element.dispatchEvent(new CustomEvent('console:refreshed', { bubbles: true }));
        }
      })
      .catch(function () { /* the next round tries again; a signed-out session shows on the next click */ });
  }
  // Canned replies: a link with data-insert puts that text in the reply box at the cursor, to edit
  // before sending; what the agent already typed stays, and a blank line separates the two. The
  // article is noted in the form, so that the ticket learns which article answered it. Without
  // JavaScript the link loads the page with the text in the box and the article noted.
  function insertAtCursor(box, text) {
    var start = box.selectionStart, end = box.selectionEnd;
    if (typeof start !== 'number' || document.activeElement !== box && start === 0 && end === 0) {
      start = end = box.value.length; // never focused: add after what is there
    }
    var before = box.value.slice(0, start), after = box.value.slice(end);
    var lead = before.trim() === '' ? '' : before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
    var tail = after.trim() === '' ? '' : after.startsWith('\n') ? '' : '\n\n';
    box.value = before + lead + text + tail + after;
    var cursor = (before + lead + text).length;
    box.focus();
    box.setSelectionRange(cursor, cursor);
  }
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[data-insert]');
    var box = document.getElementById('reply-text');
    if (link && box) {
      event.preventDefault();
      insertAtCursor(box, link.getAttribute('data-insert'));
      var article = link.closest('[data-article]'), field = document.getElementById('reply-article');
      if (article && field) {
        field.value = article.getAttribute('data-article');
      }
    }
  });
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-live][id]').forEach(function (element) {
      var seconds = Math.max(5, parseInt(element.getAttribute('data-live'), 10) || 15);
      setInterval(function () { refresh(element); }, seconds * 1000);
    });
  });
})();

// Forms that undo something on the platforms (retracting an announcement) ask first.
document.addEventListener('submit', function (event) {
  var question = event.target.getAttribute && event.target.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});

// The article editor's live preview: a body box with data-preview="ID" is rendered into that element
// by the server (the help center's own Markdown and cleaner, so the preview is what readers will see),
// half a second after the writer stops typing. The rendering is cleaned HTML: nothing in it runs.
(function () {
  var DELAY_MS = 400;
  function render(box, form) {
    var target = document.getElementById(box.getAttribute('data-preview'));
    var token = form.querySelector('input[name="_csrf"]');
    if (!target || !token) {
      return;
    }
    var sent = box.value;
    fetch(form.getAttribute('data-preview-url'), {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'X-CSRF-TOKEN': token.value },
      body: JSON.stringify({ markdown: sent })
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('preview answered ' + response.status);
      }
      return response.json();
    }).then(function (preview) {
      if (box.value === sent) { // a later keystroke has its own request on the way
        target.innerHTML = preview.html;
      }
    }).catch(function () { /* the preview keeps its last rendering; saving still works */ });
  }
  document.addEventListener('DOMContentLoaded', function () {
    var form = document.querySelector('form[data-preview-url]');
    if (!form) {
      return;
    }
    form.querySelectorAll('textarea[data-preview]').forEach(function (box) {
      var timer;
      box.addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(function () { render(box, form); }, DELAY_MS);
      });
      render(box, form);
    });
  });
})();
