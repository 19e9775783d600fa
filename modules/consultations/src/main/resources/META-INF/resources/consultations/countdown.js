/* Turns every element with data-deadline (ms since the epoch) into a live countdown. */
(function () {
      var vi = (document.documentElement.lang || 'vi').indexOf('en') !== 0;
      function text(ms) {
        if (ms <= 0) { return vi ? 'Đã hết hạn' : 'Deadline passed'; }
        var m = Math.floor(ms / 60000), d = Math.floor(m / 1440), h = Math.floor((m % 1440) / 60), r = m % 60;
        return vi ? ('Còn ' + (d ? d + ' ngày ' : '') + h + ' giờ ' + r + ' phút')
                  : ((d ? d + ' d ' : '') + h + ' h ' + r + ' min left');
      }
      function tick() {
        document.querySelectorAll('[data-deadline]').forEach(function (el) {
          var ms = parseInt(el.getAttribute('data-deadline'), 10) - Date.now();
          el.textContent = text(ms);
          el.classList.toggle('overdue', ms <= 0);
          el.classList.toggle('soon', ms > 0 && ms < 2 * 86400000);
        });
      }
      tick();
      setInterval(tick, 30000);
    })();
