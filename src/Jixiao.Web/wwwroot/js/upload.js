// Uploads with progress. A form marked data-progress is sent by XMLHttpRequest, so that the share of bytes sent and then
// the time the server has spent reading the file show beside it; the answer then replaces the page as a plain post's
// would (after a redirect the address becomes the page redirected to). Without this script the form posts as usual.
(function () {
  'use strict';
  function size(bytes) {
    return bytes >= 1048576 ? (bytes / 1048576).toFixed(1) + ' MiB' : Math.ceil(bytes / 1024) + ' KiB';
  }
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-progress')) return;
    event.preventDefault();
    var box = form.querySelector('.upload-progress');
    var bar = box && box.querySelector('progress');
    var text = box && box.querySelector('[data-progress-text]');
    var limit = form.getAttribute('data-progress-limit');
    var buttons = form.querySelectorAll('button');
    var timer = 0;
    function say(value, max, message) {
      if (!box) return;
      box.hidden = false;
      if (bar) {
        if (max > 0) { bar.max = max; bar.value = value; } else { bar.removeAttribute('value'); }
      }
      if (text) text.textContent = message;
    }
    function done() {
      window.clearInterval(timer);
      buttons.forEach(function (b) { b.disabled = false; });
    }
    // A request over the server's limit (its files together) would be cut off mid-upload and answered as a broken
    // connection: say so first, naming the file or the files' total.
    var max = box ? Number(box.getAttribute('data-max-bytes')) : 0;
    var files = [];
    form.querySelectorAll('input[type=file]').forEach(function (input) {
      Array.prototype.forEach.call(input.files || [], function (f) { files.push(f); });
    });
    var total = files.reduce(function (sum, f) { return sum + f.size; }, 0);
    if (max > 0 && total > max) {
      say(0, 1, (files.length === 1 ? '“' + files[0].name + '”有 ' : '所选 ' + files.length + ' 个文件共 ') + size(total) +
        '，超过了 ' + size(max) + ' 的上限，未上传');
      box.classList.add('refused');
      return;
    }
    if (box) box.classList.remove('refused');
    var xhr = new XMLHttpRequest();
    xhr.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) say(e.loaded, e.total, '上传中 ' + Math.floor(e.loaded * 100 / e.total) + '%');
    });
    xhr.upload.addEventListener('load', function () {
      var started = Date.now();
      var tick = function () {
        say(0, 0, '已上传，正在读取和检查… 已用 ' + Math.floor((Date.now() - started) / 1000) + ' 秒' +
          (limit ? '（最长 ' + limit + ' 秒）' : ''));
      };
      tick();
      timer = window.setInterval(tick, 1000);
    });
    xhr.addEventListener('load', function () {
      done();
      var page = new DOMParser().parseFromString(xhr.responseText, 'text/html');
      if (!page.body) { say(0, 1, '服务器的回答无法显示（HTTP ' + xhr.status + '）'); return; }
      var redirected = xhr.responseURL && xhr.responseURL !== new URL(form.action, location.href).href;
      if (redirected) history.pushState(null, '', xhr.responseURL);
      document.title = page.title;
      document.body.replaceWith(document.adoptNode(page.body));
      if (window.htmx) window.htmx.process(document.body);
      var errors = document.getElementById('upload-errors');
      if (errors) errors.scrollIntoView(); else window.scrollTo(0, 0);
    });
    xhr.addEventListener('error', function () {
      done();
      say(0, 1, '上传未完成：与服务器的连接中断，请重试');
    });
    buttons.forEach(function (b) { b.disabled = true; });
    say(0, 1, '上传中 0%');
    xhr.open('POST', form.action);
    xhr.send(new FormData(form));
  });
})();
