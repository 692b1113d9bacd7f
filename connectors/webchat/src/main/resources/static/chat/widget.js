/*
 * Switchboard live chat widget. Embedded with one tag:
 *   <script src="https://support.example.com/chat/widget.js" data-lang="zh" async></script>
 * Plain JavaScript, no framework, no build step. Everything lives in a Shadow DOM root so the host page's CSS
 * cannot touch it; server and visitor text is only ever set through textContent.
 */
(function () {
  'use strict';
  if (window.__switchboardChat) return;
  window.__switchboardChat = true;

  var script = document.currentScript || Array.prototype.find.call(document.getElementsByTagName('script'),
    function (s) { return /\/chat\/widget\.js(\?|#|$)/.test(s.src); });
  if (!script) return;
  var ds = script.dataset;
  var BASE = new URL(script.src, location.href).origin;

  /* The visitor's words. WidgetStringsTest checks both tables have the same keys: keep one "key: 'text'," a line. */
  var STRINGS = {
    /*<en>*/
    en: {
      title: 'Support',
      open: 'Open the chat',
      close: 'Close the chat',
      unread: '{n} unread',
      human: 'Talk to a human',
      humanText: 'Talk to a human',
      transcript: 'Email me the transcript',
      transcriptAsk: 'Send the transcript of this chat to:',
      transcriptSent: 'The transcript is on its way to {address}.',
      attach: 'Attach a screenshot or PDF',
      placeholder: 'Type your message…',
      send: 'Send',
      sending: 'Sending',
      sent: 'Sent',
      read: 'Read',
      failed: 'Not sent: {reason}',
      tooLong: 'the message is too long',
      empty: 'the message is empty',
      rateLimited: 'Too many messages, waiting a moment before sending…',
      badRequest: 'it could not be read',
      uploadFailed: 'The file could not be uploaded: {reason}',
      connecting: 'Connecting…',
      reconnecting: 'Connection lost, reconnecting…',
      typing: '{agent} is typing…',
      agentFallback: 'An agent',
      you: 'You',
      openArticle: 'Open article',
      solved: 'Did this solve it?',
      queued: 'Connecting you to an agent… you are number {position} in the queue, about {minutes} min.',
      unstaffedHours: 'Our agents are away now (outside business hours).',
      unstaffedNobody: 'No agent is online right now.',
      emailAsk: "Leave your e-mail and we'll answer there.",
      emailLabel: 'Your e-mail',
      emailSubmit: 'Send',
      emailThanks: "Thank you, we'll answer at {address}.",
      emailBad: 'Please enter a valid e-mail address.',
      answerLater: 'An agent will answer in this chat as soon as one is back; the answer will wait here for you.',
      noMail: 'Sorry, e-mail is not available right now.',
      failed: 'Sorry, that did not work. Please try again.',
      joined: '{agent} joined the chat.',
      transferredAgent: 'You are now chatting with {agent}.',
      transferredTeam: 'Your chat was passed to the {team} team; an agent will be with you shortly.',
      closed: 'The chat has ended. Write again any time.',
      identityError: 'Your sign-in could not be checked; you are chatting as a guest.',
      file: 'File',
    },
    /*</en>*/
    /*<zh>*/
    zh: {
      title: '在线客服',
      open: '打开在线客服',
      close: '关闭对话窗口',
      unread: '{n} 条未读',
      human: '转人工',
      humanText: '转人工客服',
      transcript: '通过邮件发送聊天记录',
      transcriptAsk: '将本次聊天记录发送到：',
      transcriptSent: '聊天记录正在发送到 {address}。',
      attach: '添加截图或 PDF',
      placeholder: '请输入消息…',
      send: '发送',
      sending: '发送中',
      sent: '已发送',
      read: '已读',
      failed: '未发送：{reason}',
      tooLong: '消息过长',
      empty: '消息为空',
      rateLimited: '发送过于频繁，稍后自动发送…',
      badRequest: '无法识别',
      uploadFailed: '文件上传失败：{reason}',
      connecting: '正在连接…',
      reconnecting: '连接已断开，正在重新连接…',
      typing: '{agent} 正在输入…',
      agentFallback: '客服',
      you: '我',
      openArticle: '查看文章',
      solved: '这解决了您的问题吗？',
      queued: '正在为您转接人工客服… 您目前排在第 {position} 位，预计等待约 {minutes} 分钟。',
      unstaffedHours: '现在是非工作时间，客服暂时不在线。',
      unstaffedNobody: '目前没有在线的客服。',
      emailAsk: '请留下您的邮箱，我们会通过邮件回复您。',
      emailLabel: '您的邮箱',
      emailSubmit: '提交',
      emailThanks: '谢谢，我们会回复到 {address}。',
      emailBad: '请输入有效的邮箱地址。',
      answerLater: '客服上线后会在此对话中回复您，回复会一直保留在这里。',
      noMail: '抱歉，暂时无法使用邮件。',
      failed: '抱歉，操作没有成功，请再试一次。',
      joined: '{agent} 已加入对话。',
      transferredAgent: '现在由 {agent} 为您服务。',
      transferredTeam: '您的对话已转给{team}团队，客服稍后为您服务。',
      closed: '对话已结束，欢迎随时再来咨询。',
      identityError: '无法验证您的登录身份，您将以访客身份聊天。',
      file: '文件',
    },
    /*</zh>*/
  };

  var lang = /^zh/i.test(ds.lang || document.documentElement.lang || navigator.language || '') ? 'zh' : 'en';
  function t(key, args) {
    return STRINGS[lang][key].replace(/\{(\w+)\}/g, function (m, name) {
      return args && args[name] != null ? String(args[name]) : m;
    });
  }

  /* ---------- storage: token, client counter and unacknowledged messages, per chat origin ---------- */
  var KEY = 'switchboard-chat:' + BASE;
  function load() {
    try { return JSON.parse(localStorage.getItem(KEY)) || {}; } catch (e) { return {}; }
  }
  var saved = load();
  var store = { token: saved.token || null, seq: saved.seq || 0, outbox: saved.outbox || [] };
  function persist() {
    try { localStorage.setItem(KEY, JSON.stringify(store)); } catch (e) { /* private mode: kept in memory */ }
  }
  function randomId() {
    var bytes = new Uint8Array(12);
    (window.crypto || window.msCrypto).getRandomValues(bytes);
    return 'c-' + Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  /* ---------- DOM helpers ---------- */
  /* A message's text as a paragraph whose web addresses are links: text nodes and anchors, never parsed HTML. */
  function textWithLinks(text) {
    var paragraph = el('p', { class: 'text' });
    var address = /https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]/g, from = 0, found;
    while ((found = address.exec(text)) !== null) {
      paragraph.appendChild(document.createTextNode(text.slice(from, found.index)));
      paragraph.appendChild(el('a', { href: found[0], target: '_blank', rel: 'noopener noreferrer', text: found[0] }));
      from = found.index + found[0].length;
    }
    paragraph.appendChild(document.createTextNode(text.slice(from)));
    return paragraph;
  }
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      var value = attrs[name];
      if (value == null || value === false) return;
      if (name === 'text') node.textContent = value;
      else if (name.slice(0, 2) === 'on') node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? '' : value);
    });
    (children || []).forEach(function (child) { if (child) node.appendChild(child); });
    return node;
  }
  function fileUrl(url) {
    return new URL(url, BASE).href + (url.indexOf('?') < 0 ? '?' : '&') + 'token=' + encodeURIComponent(store.token || '');
  }

  /* ---------- the widget's shell ---------- */
  var host = el('div', { 'data-switchboard-chat': true, style: 'visibility:hidden' });
  var root = host.attachShadow({ mode: 'open' });
  var stylesheet = el('link', { rel: 'stylesheet', href: BASE + '/chat/widget.css' });
  stylesheet.addEventListener('load', function () { host.style.visibility = ''; });
  stylesheet.addEventListener('error', function () { host.style.visibility = ''; });

  var badge = el('span', { class: 'badge', hidden: true, 'aria-hidden': 'true' });
  var launcher = el('button', { type: 'button', class: 'launcher', 'aria-label': t('open'),
    'aria-expanded': 'false', 'aria-controls': 'sb-panel', onclick: function () { setOpen(true); } }, [
    el('span', { class: 'launcher-icon', 'aria-hidden': 'true' }), badge]);
  var agentLine = el('span', { class: 'agent', hidden: true });
  var humanButton = el('button', { type: 'button', class: 'human', text: t('human'), 'aria-label': t('human'),
    onclick: function () { sendMessage(t('humanText'), []); } });
  var transcriptButton = el('button', { type: 'button', class: 'icon mail', title: t('transcript'),
    'aria-label': t('transcript'), onclick: toggleTranscriptForm });
  var closeButton = el('button', { type: 'button', class: 'icon close', title: t('close'), 'aria-label': t('close'),
    onclick: function () { setOpen(false); } });
  var status = el('div', { class: 'status', role: 'status', hidden: true });
  var log = el('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': t('title') });
  var pendingStart = el('div', { class: 'pending-start', hidden: true });
  log.appendChild(pendingStart);
  var typingLine = el('div', { class: 'typing', 'aria-live': 'polite', hidden: true });
  var transcriptSlot = el('div', { class: 'transcript-slot' });
  var input = el('textarea', { rows: '1', placeholder: t('placeholder'), 'aria-label': t('placeholder'),
    maxlength: '2000', onkeydown: onInputKey, oninput: onInputTyping });
  var fileInput = el('input', { type: 'file', accept: 'image/*,application/pdf', hidden: true, tabindex: '-1',
    onchange: onFileChosen });
  var attachButton = el('button', { type: 'button', class: 'icon attach', title: t('attach'), 'aria-label': t('attach'),
    onclick: function () { fileInput.click(); } });
  var sendButton = el('button', { type: 'submit', class: 'icon send', title: t('send'), 'aria-label': t('send') });
  var composer = el('form', { class: 'composer', onsubmit: function (e) { e.preventDefault(); submitInput(); } },
    [attachButton, fileInput, input, sendButton]);
  var panel = el('div', { id: 'sb-panel', class: 'panel', role: 'dialog', 'aria-label': t('title'), hidden: true,
    lang: lang === 'zh' ? 'zh-CN' : 'en' }, [
    el('header', {}, [
      el('div', { class: 'heading' }, [el('h2', { text: t('title') }), agentLine]),
      humanButton, transcriptButton, closeButton]),
    status, log, typingLine, transcriptSlot, composer]);
  root.appendChild(stylesheet);
  root.appendChild(launcher);
  root.appendChild(panel);
  root.addEventListener('keydown', function (e) { if (e.key === 'Escape' && isOpen) setOpen(false); });

  function mount() { document.body.appendChild(host); }
  if (document.body) mount(); else document.addEventListener('DOMContentLoaded', mount);

  /* ---------- open / close, unread count ---------- */
  var isOpen = false;
  var unread = 0;
  function setOpen(open) {
    isOpen = open;
    panel.hidden = !open;
    launcher.hidden = open && window.innerWidth < 480;
    launcher.setAttribute('aria-expanded', String(open));
    if (open) {
      unread = 0;
      showUnread();
      connect();
      input.focus();
      scrollDown();
      markRead();
    } else {
      launcher.hidden = false;
      launcher.focus();
    }
  }
  function showUnread() {
    badge.hidden = unread === 0;
    badge.textContent = unread > 99 ? '99+' : String(unread);
    launcher.setAttribute('aria-label', unread ? t('open') + ' (' + t('unread', { n: unread }) + ')' : t('open'));
  }
  function scrollDown() { log.scrollTop = log.scrollHeight; }

  /* ---------- frames ---------- */
  var frameNodes = {};      // seq -> node, each frame shown once
  var pendingNodes = {};    // clientId -> node of a message not yet stored
  var lastSeq = null;       // the highest frame seq seen; null until the first history arrives
  var readUpTo = 0;         // the agent read the visitor's frames up to here
  var agentName = null;

  function markOf(node, state, text) {
    var mark = node.querySelector('.mark');
    if (!mark) return;
    node.setAttribute('data-state', state);
    mark.textContent = text || t(state);
  }

  function showFrame(frame) {
    if (frame.seq == null || frameNodes[frame.seq]) return;
    var node = renderFrame(frame);
    frameNodes[frame.seq] = node;
    var pending = frame.clientId && pendingNodes[frame.clientId];
    if (pending) {
      pending.remove();
      delete pendingNodes[frame.clientId];
      dropFromOutbox(frame.clientId);
    }
    // Frames in seq order, messages still sending after all of them.
    var before = pendingStart;
    Object.keys(frameNodes).forEach(function (seq) {
      if (+seq > frame.seq && (before === pendingStart || +seq < +before.getAttribute('data-seq'))) before = frameNodes[seq];
    });
    log.insertBefore(node, before);
    if (lastSeq == null || frame.seq > lastSeq) lastSeq = frame.seq;
    if (frame.kind === 'AGENT' && frame.author) setAgent(frame.author);
    if (frame.kind === 'SYSTEM' && frame.code === 'closed') setAgent(null);
    if (frame.kind !== 'VISITOR' && live) {
      if (isOpen) markRead(); else { unread++; showUnread(); }
    }
    scrollDown();
  }

  function renderFrame(frame) {
    var kind = frame.kind.toLowerCase();
    var node = el('div', { class: 'msg ' + kind, 'data-seq': frame.seq });
    if (frame.kind === 'SYSTEM') {
      node.appendChild(el('p', { class: 'text', text: systemText(frame) }));
      if (frame.code === 'unstaffed') {
        // an address only where answers can go by e-mail; otherwise the answer waits in this window
        node.appendChild(frame.args && frame.args.email === false ? el('p', { class: 'form-note', text: t('answerLater') })
          : addressForm('email'));
      }
    } else {
      if (frame.kind === 'AGENT') node.appendChild(el('span', { class: 'author', text: frame.author || t('agentFallback') }));
      // an answer is its article's card: the whole article is a click away, not a wall of text in the chat
      if (frame.card) node.appendChild(renderCard(frame.card));
      else if (frame.text) node.appendChild(textWithLinks(frame.text));
      if (frame.files && frame.files.length) node.appendChild(renderFiles(frame.files));
      if (frame.kind === 'VISITOR') {
        node.appendChild(el('span', { class: 'mark' }));
        markOf(node, frame.seq <= readUpTo ? 'read' : 'sent');
      }
    }
    if (frame.choices && frame.choices.length) node.appendChild(renderChoices(frame.choices, !!frame.card));
    return node;
  }

  function renderCard(card) {
    return el('div', { class: 'card' }, [
      el('strong', { text: card.title }),
      card.summary ? el('p', { text: card.summary }) : null,
      card.url ? el('a', { href: new URL(card.url, BASE).href, target: '_blank', rel: 'noopener', text: t('openArticle') }) : null]);
  }

  function renderFiles(files) {
    return el('div', { class: 'files' }, files.map(function (file) {
      if (!file.url) return el('span', { class: 'file', text: file.name || t('file') });
      var href = fileUrl(file.url);
      if (/^image\//.test(file.type || '')) {
        return el('a', { href: href, target: '_blank', rel: 'noopener', class: 'thumb' }, [
          el('img', { src: href, alt: file.name || t('file'), loading: 'lazy' })]);
      }
      return el('a', { href: href, target: '_blank', rel: 'noopener', class: 'file', text: file.name || t('file') });
    }));
  }

  function renderChoices(choices, afterCard) {
    var group = el('div', { class: 'choices', role: 'group', 'aria-label': afterCard ? t('solved') : null });
    if (afterCard) group.appendChild(el('p', { class: 'ask', text: t('solved') }));
    choices.forEach(function (choice) {
      group.appendChild(el('button', { type: 'button', text: choice.label, onclick: function () {
        Array.prototype.forEach.call(group.querySelectorAll('button'), function (b) { b.disabled = true; });
        input.focus(); // the pressed button is disabled: keep the keyboard in the panel
        send({ type: 'choice', data: choice.data, label: choice.label });
      } }));
    });
    return group;
  }

  function systemText(frame) {
    var args = frame.args || {};
    switch (frame.code) {
      case 'queued': return t('queued', args);
      case 'unstaffed': return t(args.reason === 'hours' ? 'unstaffedHours' : 'unstaffedNobody');
      case 'joined':
        setAgent(args.agent);
        return t('joined', { agent: args.agent || t('agentFallback') });
      case 'transferred':
        if (args.agent) { setAgent(args.agent); return t('transferredAgent', args); }
        setAgent(null);
        return t('transferredTeam', { team: args.team || '' });
      case 'closed': return t('closed');
      default: return frame.text || '';
    }
  }

  function setAgent(name) {
    agentName = name || null;
    agentLine.hidden = !agentName;
    agentLine.textContent = agentName || '';
  }

  /* An e-mail form under an "unstaffed" note (answers by e-mail) or in the header's transcript slot. */
  function addressForm(kind) {
    var transcript = kind === 'transcript';
    var field = el('input', { type: 'email', required: true, autocomplete: 'email', 'aria-label': t('emailLabel'),
      placeholder: t('emailLabel'), value: ds.userEmail || null });
    var note = el('p', { class: 'form-note', role: 'status' });
    var form = el('form', { class: 'address', novalidate: true, onsubmit: function (e) {
      e.preventDefault();
      var address = field.value.trim();
      if (!field.checkValidity() || !address) { note.textContent = t('emailBad'); field.focus(); return; }
      api('POST', transcript ? '/api/chat/transcript' : '/api/chat/email', { address: address }).then(function () {
        form.replaceWith(el('p', { class: 'form-note', role: 'status',
          text: t(transcript ? 'transcriptSent' : 'emailThanks', { address: address }) }));
        if (transcript) {
          input.focus();
          setTimeout(function () { transcriptSlot.textContent = ''; }, 4000);
        }
      }, function (failure) {
        note.textContent = t(failure && failure.status === 400 ? 'emailBad'
          : failure && failure.status === 503 ? 'noMail' : 'failed');
      });
    } }, [
      el('p', { text: t(transcript ? 'transcriptAsk' : 'emailAsk') }),
      el('div', { class: 'row' }, [field, el('button', { type: 'submit', text: t('emailSubmit') })]),
      note]);
    return form;
  }
  function toggleTranscriptForm() {
    if (transcriptSlot.firstChild) { transcriptSlot.textContent = ''; input.focus(); return; }
    connect();
    transcriptSlot.appendChild(addressForm('transcript'));
    transcriptSlot.querySelector('input').focus();
  }

  /* ---------- sending: every message waits in the outbox until the server acknowledges it ---------- */
  function send(item) {
    store.seq += 1;
    item.clientId = randomId();
    item.seq = store.seq;
    store.outbox.push(item);
    persist();
    showPending(item);
    scrollDown();
    transmit(item);
  }
  function sendMessage(text, files, names) {
    send({ type: 'message', text: text, files: files, names: names });
  }
  function showPending(item) {
    if (pendingNodes[item.clientId]) return;
    var node = el('div', { class: 'msg visitor', 'data-client': item.clientId }, [
      item.type === 'choice' || item.text ? el('p', { class: 'text', text: item.type === 'choice' ? item.label : item.text }) : null,
      (item.names || []).length ? el('div', { class: 'files' }, item.names.map(function (name) {
        return el('span', { class: 'file', text: name });
      })) : null,
      el('span', { class: 'mark' })]);
    markOf(node, 'sending');
    pendingNodes[item.clientId] = node;
    log.appendChild(node);
  }
  function dropFromOutbox(clientId) {
    var before = store.outbox.length;
    store.outbox = store.outbox.filter(function (item) { return item.clientId !== clientId; });
    if (store.outbox.length !== before) persist();
  }
  function onAck(ack) {
    dropFromOutbox(ack.clientId);
    var node = pendingNodes[ack.clientId];
    if (node) {
      markOf(node, 'sent');
      // Once its frame comes, the frame takes this bubble's place; until then it stays where it is.
      if (ack.frame != null && frameNodes[ack.frame]) { node.remove(); delete pendingNodes[ack.clientId]; }
    }
  }
  function onSendError(error) {
    if (!error.clientId) return;
    if (error.code === 'rate-limited') {
      setStatus(t('rateLimited'));
      setTimeout(resendOutbox, 10000);
      return;
    }
    dropFromOutbox(error.clientId);
    var node = pendingNodes[error.clientId];
    if (node) {
      var reason = { 'too-long': 'tooLong', empty: 'empty' }[error.code] || 'badRequest';
      markOf(node, 'failed', t('failed', { reason: t(reason) }));
      // It will never be stored: it stays where it was written rather than below every later line.
      delete pendingNodes[error.clientId];
      log.insertBefore(node, pendingStart);
    }
  }
  function transmit(item) {
    if (!ready) return;
    if (transport === 'ws') {
      socketSend(item.type === 'choice'
        ? { type: 'choice', clientId: item.clientId, data: item.data, label: item.label }
        : { type: 'message', clientId: item.clientId, seq: item.seq, text: item.text, files: item.files || [] });
      return;
    }
    var body = item.type === 'choice'
      ? { clientId: item.clientId, data: item.data, label: item.label }
      : { clientId: item.clientId, seq: item.seq, text: item.text, files: item.files || [] };
    api('POST', item.type === 'choice' ? '/api/chat/choices' : '/api/chat/messages', body).then(function (answer) {
      onAck(answer && answer.ack ? answer.ack : { clientId: item.clientId });
    }, function (failure) {
      if (failure.status === 429) onSendError({ clientId: item.clientId, code: 'rate-limited' });
      else if (failure.status >= 400 && failure.status < 500 && failure.status !== 401) {
        onSendError({ clientId: item.clientId, code: failure.body && failure.body.code || 'bad-request' });
      } // else: kept in the outbox, sent again on reconnect
    });
  }
  function resendOutbox() {
    setStatus(null);
    store.outbox.forEach(transmit);
  }

  function submitInput() {
    var text = input.value.trim();
    if (!text) return;
    input.value = '';
    typing(false);
    sendMessage(text, []);
    input.focus();
  }
  function onInputKey(e) {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); submitInput(); }
  }

  /* Typing on at most every 3 s while keys come, off after 3 s of quiet. */
  var typingOn = false, typingSentAt = 0, typingTimer = null;
  function onInputTyping() {
    if (!input.value.trim()) { typing(false); return; }
    if (!typingOn || Date.now() - typingSentAt > 3000) typing(true);
    clearTimeout(typingTimer);
    typingTimer = setTimeout(function () { typing(false); }, 3000);
  }
  function typing(on) {
    clearTimeout(typingTimer);
    if (!on && !typingOn) return;
    typingOn = on;
    typingSentAt = Date.now();
    if (!ready) return;
    if (transport === 'ws') socketSend({ type: 'typing', on: on });
    else api('POST', '/api/chat/typing', { on: on }).catch(function () {});
  }
  function markRead() {
    if (!ready || lastSeq == null) return;
    if (transport === 'ws') socketSend({ type: 'read', upTo: lastSeq });
    else api('POST', '/api/chat/read', { upTo: lastSeq }).catch(function () {});
  }

  function onFileChosen() {
    var file = fileInput.files[0];
    fileInput.value = '';
    if (!file) return;
    connect().then(function () {
      var form = new FormData();
      form.append('file', file);
      return fetch(BASE + '/api/chat/files', { method: 'POST', body: form,
        headers: { Authorization: 'Bearer ' + store.token } }).then(readJson);
    }).then(function (stored) {
      sendMessage('', [stored.id], [stored.name || file.name]);
    }, function (failure) {
      var reason = failure && failure.body && failure.body.message || t('badRequest');
      setStatus(t('uploadFailed', { reason: reason }));
      setTimeout(function () { setStatus(null); }, 6000);
    });
  }

  /* ---------- events from the other side ---------- */
  var typingHide = null;
  function onEvent(event) {
    if (event.type === 'typing' && event.party === 'AGENT') {
      clearTimeout(typingHide);
      typingLine.hidden = !event.on;
      typingLine.textContent = event.on ? t('typing', { agent: event.name || agentName || t('agentFallback') }) : '';
      // A lost "off" must not leave the line for ever.
      if (event.on) typingHide = setTimeout(function () { typingLine.hidden = true; }, 15000);
    } else if (event.type === 'read' && event.party === 'AGENT') {
      readUpTo = Math.max(readUpTo, event.upTo);
      Object.keys(frameNodes).forEach(function (seq) {
        var node = frameNodes[seq];
        if (+seq <= readUpTo && node.classList.contains('visitor')) markOf(node, 'read');
      });
    }
  }
  function onFrame(frame) {
    if (frame.kind === 'AGENT') { typingLine.hidden = true; }
    showFrame(frame);
  }

  /* ---------- the connection: a session, then a WebSocket, or long polling where sockets fail ---------- */
  var transport = ds.transport === 'poll' ? 'poll' : 'ws';
  var socketFailures = 0;
  var ready = false;        // history received, sending allowed
  var live = false;         // frames from now on are new (counted as unread)
  var connecting = null;    // the promise of the current attempt
  var socket = null, pingTimer = null, lastHeard = 0, retryDelay = 1000, retryTimer = null, pollRequest = null;

  function setStatus(text) {
    status.hidden = !text;
    status.textContent = text || '';
  }

  function readJson(response) {
    return response.text().then(function (text) {
      var body = null;
      try { body = text ? JSON.parse(text) : null; } catch (e) { body = null; }
      if (!response.ok) throw { status: response.status, body: body };
      return body;
    });
  }
  function api(method, path, body, signal) {
    return fetch(BASE + path, { method: method, signal: signal,
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + store.token },
      body: body == null ? undefined : JSON.stringify(body) }).then(readJson);
  }

  var identityTried = false;
  function session() {
    var body = { token: store.token, lang: lang, name: ds.userName, email: ds.userEmail };
    if (ds.userId && !identityTried) { body.userId = ds.userId; body.userHash = ds.userHash; }
    return fetch(BASE + '/api/chat/session', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body) }).then(readJson).then(function (answer) {
      identityTried = true;
      store.token = answer.token;
      persist();
      if (answer.agent) setAgent(answer.agent);
      return answer;
    }, function (failure) {
      if (failure && failure.status === 403 && body.userId) {
        // A wrong hash: go on as a guest rather than not at all, and say so once.
        identityTried = true;
        log.insertBefore(el('div', { class: 'msg system', text: t('identityError') }), pendingStart);
        return session();
      }
      throw failure;
    });
  }

  function connect() {
    if (connecting) return connecting;
    if (!ready && !status.textContent) setStatus(t('connecting'));
    connecting = session().then(function () {
      return transport === 'ws' ? openSocket() : startPolling();
    }).catch(function () { retry(); throw new Error('offline'); });
    connecting.catch(function () {});
    return connecting;
  }

  function retry() {
    ready = false;
    connecting = null;
    setStatus(t('reconnecting'));
    clearTimeout(retryTimer);
    retryTimer = setTimeout(connect, retryDelay + Math.random() * 500);
    retryDelay = Math.min(retryDelay * 2, 30000);
  }

  function becameReady() {
    ready = true;
    live = true;
    retryDelay = 1000;
    setStatus(null);
    store.outbox.forEach(showPending);
    resendOutbox();
    if (isOpen) markRead();
  }

  function openSocket() {
    return new Promise(function (resolve) {
      var url = BASE.replace(/^http/, 'ws') + '/chat/ws?token=' + encodeURIComponent(store.token) +
        (lastSeq == null ? '' : '&after=' + lastSeq);
      var ws = socket = new WebSocket(url);
      var wasReady = false;
      ws.onmessage = function (message) {
        lastHeard = Date.now();
        var data;
        try { data = JSON.parse(message.data); } catch (e) { return; }
        if (data.type === 'frame') onFrame(data.frame);
        else if (data.type === 'ready') {
          wasReady = true;
          socketFailures = 0;
          if (data.lastSeq != null && (lastSeq == null || data.lastSeq > lastSeq)) lastSeq = data.lastSeq;
          becameReady();
          resolve();
        } else if (data.type === 'ack') onAck(data);
        else if (data.type === 'error') onSendError(data);
        else onEvent(data);
      };
      ws.onclose = function () {
        if (socket !== ws) return;
        socket = null;
        clearInterval(pingTimer);
        if (!wasReady && ++socketFailures >= 2) transport = 'poll';
        retry();
      };
      lastHeard = Date.now();
      clearInterval(pingTimer);
      // Keep-alive: a ping every 25 s; a socket silent for a minute is dead even if the browser has not noticed.
      pingTimer = setInterval(function () {
        if (Date.now() - lastHeard > 60000) { ws.close(); return; }
        socketSend({ type: 'ping' });
      }, 25000);
    });
  }
  function socketSend(message) {
    if (socket && socket.readyState === 1) socket.send(JSON.stringify(message));
  }

  function startPolling() {
    // Ready as soon as there is a session: messages go by POST, and a long poll with nothing new waits for it
    // (up to half a minute), so the first one's answer is not awaited.
    becameReady();
    (function poll() {
      var controller = window.AbortController ? new AbortController() : null;
      pollRequest = controller;
      api('GET', '/api/chat/frames' + (lastSeq == null ? '' : '?after=' + lastSeq), null, controller && controller.signal)
        .then(function (answer) {
          (answer.frames || []).forEach(onFrame);
          (answer.events || []).forEach(onEvent);
          if (lastSeq == null) lastSeq = 0;
          poll();
        }, function () { if (pollRequest === controller) retry(); });
    })();
    return Promise.resolve();
  }

  window.addEventListener('online', function () {
    if (!ready && connecting === null) { clearTimeout(retryTimer); retryDelay = 1000; connect(); }
  });

  // A visitor who has chatted before is connected at once (unread count, resend); others on first open.
  if (store.token || store.outbox.length) connect();
})();
