// The console's live chat (/console/live). The queue and the open chat come from /console/live/chats as JSON;
// /console/live/stream says when something changed (queue, frame, typing, read) and the page fetches only that.
// Everything a visitor or an agent wrote goes in with textContent: nothing in a message is ever HTML.
(function () {
  var root = document.getElementById('live');
  if (!root) {
    return;
  }
  var words = JSON.parse(root.getAttribute('data-words'));
  var me = root.getAttribute('data-me');
  var base = '/console/live/chats';
  var selected = null;      // the chat open on the right: its row
  var lastSeq = 0;          // the last frame shown of it
  var knownWaiting = null;  // ids of the waiting chats last seen: a new one rings
  var unseen = 0;           // new chats since the agent last looked at the tab
  var title = document.title;
  var typingTimer = null, typingOn = false;

  function $(id) { return document.getElementById(id); }
  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text != null) { node.textContent = text; }
    if (cls) { node.className = cls; }
    return node;
  }
  function csrf() {
    var input = document.querySelector('#live-csrf input[name="_csrf"]');
    return input ? input.value : '';
  }
  function getJson(url) {
    return fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { if (!r.ok) { throw r; } return r.json(); });
  }
  function post(url, body) {
    var headers = { 'Accept': 'application/json', 'X-CSRF-TOKEN': csrf() };
    if (!(body instanceof FormData)) { headers['Content-Type'] = 'application/json'; body = JSON.stringify(body || {}); }
    return fetch(url, { method: 'POST', credentials: 'same-origin', headers: headers, body: body })
      .then(function (r) {
        if (!r.ok) { return r.json().catch(function () { return {}; }).then(function (e) { throw e; }); }
        return r.status === 204 ? null : r.json();
      });
  }
  function clock(seconds) {
    var m = Math.floor(seconds / 60), s = seconds % 60;
    return m + ':' + (s < 10 ? '0' : '') + s;
  }
  function waitedNow(chat) {
    return chat.state === 'WAITING' ? Math.max(0, Math.floor((Date.now() - Date.parse(chat.handedOffAt)) / 1000))
      : chat.waitedSeconds;
  }

  // --- the queue -------------------------------------------------------------------------------------------
  function renderList(chats) {
    var waiting = $('live-waiting'), active = $('live-active');
    waiting.textContent = ''; active.textContent = '';
    var ids = [];
    chats.filter(function (c) { return c.state === 'WAITING'; }).forEach(function (c) { ids.push(c.id); waiting.appendChild(item(c)); });
    chats.filter(function (c) { return c.state === 'ACTIVE'; })
      .sort(function (a, b) { return (b.agent === me) - (a.agent === me); })
      .forEach(function (c) { active.appendChild(item(c)); });
    if (!waiting.children.length) { waiting.appendChild(el('li', words.empty, 'muted')); }
    if (!active.children.length) { active.appendChild(el('li', words.empty, 'muted')); }
    if (knownWaiting) {
      var fresh = ids.filter(function (id) { return knownWaiting.indexOf(id) < 0; });
      if (fresh.length) { announce(fresh.length); }
    }
    knownWaiting = ids;
    var badge = $('live-badge'); // the menu's count, rendered with the page
    if (badge) { badge.textContent = ids.length; badge.hidden = !ids.length; }
    if (selected) {
      var now = chats.filter(function (c) { return c.id === selected.id; })[0];
      if (now) { selected = now; renderHeader(); }
    }
  }
  function item(chat) {
    var li = el('li', null, 'live-item');
    li.setAttribute('data-chat', chat.id);
    if (selected && selected.id === chat.id) { li.classList.add('current'); }
    var link = el('a', chat.name || words.visitor);
    link.href = '#chat-' + chat.id;
    link.addEventListener('click', function (event) { event.preventDefault(); open(chat); });
    li.appendChild(link);
    if (chat.vip) { li.appendChild(el('span', 'VIP', 'badge vip')); }
    if (chat.language) { li.appendChild(el('span', chat.language, 'badge')); }
    var wait = el('span', clock(waitedNow(chat)), 'muted wait');
    if (chat.state === 'WAITING') { wait.setAttribute('data-since', chat.handedOffAt); }
    li.appendChild(wait);
    var who = chat.state === 'ACTIVE' ? (chat.agent === me ? words.mine : words['with'] + ' ' + chat.agent)
      : (chat.assignee ? words.assignedTo + ' ' + chat.assignee : null);
    if (who) { li.appendChild(el('span', who, 'muted small who')); }
    return li;
  }
  function refreshList() {
    return getJson(base).then(renderList).catch(function () { /* the next signal tries again */ });
  }
  setInterval(function () { // the wait timers
    document.querySelectorAll('#live-waiting [data-since]').forEach(function (node) {
      node.textContent = clock(Math.max(0, Math.floor((Date.now() - Date.parse(node.getAttribute('data-since'))) / 1000)));
    });
  }, 1000);

  // --- a new chat: a beep and the tab's title until the agent looks ------------------------------------------
  function announce(count) {
    beep();
    if (document.hidden || !document.hasFocus()) {
      unseen += count;
      document.title = '(' + unseen + ') ' + words.newChat + ' – ' + title;
    }
  }
  function looked() { unseen = 0; document.title = title; }
  window.addEventListener('focus', looked);
  document.addEventListener('visibilitychange', function () { if (!document.hidden) { looked(); } });
  function beep() {
    try {
      var Audio = window.AudioContext || window.webkitAudioContext;
      var audio = new Audio(), tone = audio.createOscillator(), gain = audio.createGain();
      tone.frequency.value = 880; gain.gain.value = 0.1;
      tone.connect(gain); gain.connect(audio.destination);
      tone.start(); tone.stop(audio.currentTime + 0.2);
    } catch (e) { /* no sound where the browser allows none yet: the title still says it */ }
  }

  // --- the chat on the right ----------------------------------------------------------------------------------
  function open(chat) {
    selected = chat; lastSeq = 0;
    $('live-chat').hidden = false; $('live-pick').hidden = true;
    $('live-frames').textContent = '';
    document.querySelectorAll('.live-item').forEach(function (li) {
      li.classList.toggle('current', li.getAttribute('data-chat') === String(chat.id));
    });
    renderHeader();
    getJson(base + '/' + chat.id).then(function (detail) {
      if (!selected || selected.id !== chat.id) { return; }
      $('live-email').textContent = detail.email || '';
      appendFrames(detail.frames);
      renderOthers(detail);
      searchCanned('');
    });
  }
  function renderHeader() {
    $('live-name').textContent = selected.name || words.visitor;
    $('live-vip').hidden = !selected.vip;
    $('live-state').textContent = words['state.' + selected.state] +
      (selected.state === 'ACTIVE' ? ' · ' + selected.agent : '');
    $('live-ticket').textContent = selected.ticketNumber || '';
    $('live-ticket').href = selected.ticketNumber ? '/console/tickets/' + encodeURIComponent(selected.ticketNumber) : '#';
    $('live-take').hidden = selected.state === 'ACTIVE' && selected.agent === me;
  }
  function appendFrames(frames) {
    var list = $('live-frames');
    frames.forEach(function (f) {
      if (f.seq <= lastSeq) { return; }
      lastSeq = f.seq;
      var li = el('li', null, 'message frame ' + f.kind.toLowerCase() + (f.kind === 'VISITOR' ? ' in' : ' out'));
      li.setAttribute('data-seq', f.seq);
      var meta = el('div', null, 'meta');
      var who = f.kind === 'VISITOR' ? (selected.name || words.visitor) : f.kind === 'BOT' ? words.bot
        : f.kind === 'AGENT' ? f.author : null;
      if (who) { meta.appendChild(el('strong', who)); }
      meta.appendChild(el('time', new Date(f.at).toLocaleTimeString()));
      if (f.kind === 'AGENT') { meta.appendChild(el('span', '', 'read-mark muted small')); }
      li.appendChild(meta);
      li.appendChild(el('p', f.text, 'text'));
      var d = f.details || {};
      if (d.card) {
        var card = el('p', null, 'card-link');
        var a = el('a', d.card.title); a.href = d.card.url; a.target = '_blank'; a.rel = 'noopener noreferrer';
        card.appendChild(a); li.appendChild(card);
      }
      (d.choices || []).forEach(function (c) { li.appendChild(el('span', c.label, 'badge')); });
      (d.files || []).forEach(function (file) { li.appendChild(el('span', file.name, 'badge')); });
      list.appendChild(li);
    });
    list.scrollTop = list.scrollHeight;
    if (frames.length && !document.hidden) {
      post(base + '/' + selected.id + '/read', { upTo: lastSeq }).catch(function () {});
    }
  }
  function newFrames() {
    var chat = selected;
    getJson(base + '/' + chat.id + '?after=' + lastSeq).then(function (detail) {
      if (selected && selected.id === chat.id) { appendFrames(detail.frames); }
    });
  }
  function renderOthers(detail) {
    var list = $('live-others');
    list.textContent = '';
    detail.threads.forEach(function (t) {
      var li = el('li'); var a = el('a', '#' + t.id + ' · ' + t.channel + ' · ' + t.status);
      a.href = '/console/threads/' + t.id; li.appendChild(a); list.appendChild(li);
    });
    detail.tickets.forEach(function (t) {
      var li = el('li'); var a = el('a', t.number + ' · ' + t.subject + ' · ' + t.status);
      a.href = '/console/tickets/' + t.number; li.appendChild(a); list.appendChild(li);
    });
    if (!list.children.length) { list.appendChild(el('li', words.noOthers, 'muted')); }
  }
  function act(path, body) {
    if (!selected) { return; }
    post(base + '/' + selected.id + path, body).then(function (chat) {
      if (chat) { selected = chat; renderHeader(); }
      refreshList();
    }).catch(function (error) {
      showError(error && error.agent ? words.takenBy + ' ' + error.agent : (error && error.message) || words.sendFailed);
    });
  }
  function showError(text) {
    var box = $('live-reply-error'); box.textContent = text; box.hidden = !text;
  }
  $('live-take').addEventListener('click', function () { act('/take'); });
  $('live-resolve').addEventListener('click', function () { act('/close', { resolve: true }); });
  $('live-keep').addEventListener('click', function () { act('/close', { resolve: false }); });
  $('live-transfer').addEventListener('click', function () {
    var to = $('live-transfer-to').value.split(':');
    act('/transfer', to[0] === 'agent' ? { agent: to[1] } : { team: to[1] });
  });
  $('live-reply').addEventListener('submit', function (event) {
    event.preventDefault();
    if (!selected) { return; }
    var form = new FormData(event.target);
    post(base + '/' + selected.id + '/replies', form).then(function () {
      event.target.reset(); showError(''); typing(false);
    }).catch(function (error) {
      showError(error && error.agent ? words.takenBy + ' ' + error.agent : words.sendFailed + ' ' + ((error && error.message) || ''));
    });
  });
  function typing(on) {
    if (selected && on !== typingOn) {
      typingOn = on;
      post(base + '/' + selected.id + '/typing', { on: on }).catch(function () {});
    }
  }
  $('reply-text').addEventListener('input', function () {
    typing(true);
    clearTimeout(typingTimer);
    typingTimer = setTimeout(function () { typing(false); }, 3000);
  });

  // --- canned replies: console.js puts a data-insert link's text in the reply box ----------------------------
  function searchCanned(q) {
    getJson('/console/live/canned?q=' + encodeURIComponent(q) + '&lang=' + encodeURIComponent(selected.language || ''))
      .then(function (articles) {
        var list = $('canned'); list.textContent = '';
        articles.forEach(function (article) {
          var li = el('li'); li.setAttribute('data-article', article.key);
          var a = el('a', article.title); a.href = '#reply-text'; a.setAttribute('data-insert', article.text);
          // the article's page in the help center, served by this same site: the visitor's widget makes it a link
          var link = el('a', words.link, 'small'); link.href = '#reply-text';
          link.setAttribute('data-insert', article.title + '\n' + location.origin + '/help/articles/' + encodeURIComponent(article.key));
          li.appendChild(a); li.appendChild(document.createTextNode(' ')); li.appendChild(link); list.appendChild(li);
        });
      }).catch(function () {});
  }
  var kbTimer;
  $('live-kb').addEventListener('input', function (event) {
    clearTimeout(kbTimer);
    kbTimer = setTimeout(function () { searchCanned(event.target.value); }, 300);
  });

  // --- the stream ----------------------------------------------------------------------------------------------
  function listen() {
    var source = new EventSource('/console/live/stream');
    source.addEventListener('ready', function () {
      $('live-status').textContent = '';
      refreshList(); // what changed while the stream was away
      if (selected) { newFrames(); }
    });
    source.addEventListener('queue', refreshList);
    source.addEventListener('frame', function (event) {
      var signal = JSON.parse(event.data);
      if (selected && signal.visitor === selected.visitor && signal.seq > lastSeq) { newFrames(); }
    });
    source.addEventListener('typing', function (event) {
      var signal = JSON.parse(event.data);
      if (selected && signal.visitor === selected.visitor && signal.party === 'VISITOR') {
        $('live-typing').textContent = words.typing; $('live-typing').hidden = !signal.on;
      }
    });
    source.addEventListener('read', function (event) {
      var signal = JSON.parse(event.data);
      if (selected && signal.visitor === selected.visitor && signal.party === 'VISITOR') {
        document.querySelectorAll('#live-frames .frame.agent').forEach(function (li) {
          if (Number(li.getAttribute('data-seq')) <= signal.seq) { li.querySelector('.read-mark').textContent = words.read; }
        });
      }
    });
  }
  refreshList();
  listen();
})();
