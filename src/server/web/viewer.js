// PetaSehat web viewer: indicator choropleth tiles from /tiles, legend from
// GetLegendGraphic, click-to-identify through GetFeatureInfo, PNG export
// through the map layout engine (/api/export.png), and the latest coverage
// analysis as an overlay. URL parameters ?indicator=CODE&period=PERIOD&overlay=LAYER
// (PERIOD as the server writes it: 2024, 2024-S1, 2024-08)
// select the map on opening.
(function () {
  'use strict';
  var params = new URLSearchParams(window.location.search);
  var map = L.map('map', { zoomSnap: 0.25, attributionControl: true });
  map.attributionControl.setPrefix('PetaSehat · Leaflet');
  var state = { indicators: [], layer: null, tiles: null, facilities: null, bbox: null };
  var el = function (id) { return document.getElementById(id); };
  // The page's words and numbers follow the server's --lang (texts.js, made by the server).
  var T = window.PETASEHAT_TEXT || { lang: 'id', texts: {} };
  function t(s) { return T.texts[s] || s; }
  document.documentElement.lang = T.lang;
  document.querySelectorAll('[data-t]').forEach(function (e) { e.textContent = t(e.textContent.trim()); });
  document.querySelectorAll('[data-t-label]').forEach(function (e) { e.setAttribute('aria-label', t(e.getAttribute('data-t-label'))); });
  document.querySelectorAll('[data-t-alt]').forEach(function (e) { e.alt = t(e.getAttribute('data-t-alt')); });
  var fmt = new Intl.NumberFormat(T.lang === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 2 });

  function status(text) { el('status').textContent = text || ''; }

  function currentLayerName() {
    var code = el('indicator').value, period = el('period').value;
    return period ? code + '.' + period : code;
  }

  // A period without data at the map's level: the server names the levels that have data;
  // say it instead of leaving an empty map to be misread.
  function checkData() {
    var code = el('indicator').value, period = el('period').value;
    if (!code) return;
    fetch('/api/areas?indicator=' + encodeURIComponent(code) + (period ? '&period=' + encodeURIComponent(period) : ''))
      .then(function (r) { return r.ok ? null : r.json(); })
      .then(function (e) { if (e && e.galat) status(e.galat); })
      .catch(function () {});
  }

  function showLayer() {
    var name = currentLayerName();
    if (!name) return;
    state.layer = name;
    if (state.tiles) map.removeLayer(state.tiles);
    state.tiles = L.tileLayer('/tiles/' + encodeURIComponent(name) + '/{z}/{x}/{y}.png',
                              { maxZoom: 18, opacity: 0.9, zIndex: 1, attribution: 'Dinas Kesehatan' }).addTo(map);
    el('legend-img').src = '/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetLegendGraphic&FORMAT=image/png&LAYER=' +
                           encodeURIComponent(name);
    var q = new URLSearchParams(window.location.search);
    q.set('indicator', el('indicator').value);
    q.set('period', el('period').value);
    history.replaceState(null, '', '?' + q.toString());
    el('info').hidden = true;
    checkData();
  }

  function showFacilities() {
    if (state.facilities) { map.removeLayer(state.facilities); state.facilities = null; }
    var has = state.layers && state.layers.some(function (l) { return l.name === 'fasilitas'; });
    if (el('facilities').checked && has)
      // Above the indicator layer, which is replaced on every indicator/year change.
      state.facilities = L.tileLayer('/tiles/fasilitas/{z}/{x}/{y}.png', { maxZoom: 18, zIndex: 10 }).addTo(map);
  }

  // Layers of the latest coverage analysis (covered land, underserved desa, proposed sites), over the indicator.
  function fillOverlays() {
    var sel = el('overlay');
    (state.layers || []).forEach(function (l) {
      if (!/^(jangkauan\.|kurang_terlayani$|usulan_lokasi$)/.test(l.name)) return;
      var o = document.createElement('option');
      o.value = l.name; o.textContent = l.title;
      sel.appendChild(o);
    });
    var wanted = params.get('overlay');
    if (wanted && Array.prototype.some.call(sel.options, function (o) { return o.value === wanted; })) sel.value = wanted;
  }

  function showOverlay() {
    if (state.overlay) { map.removeLayer(state.overlay); state.overlay = null; }
    var name = el('overlay').value;
    if (name)
      state.overlay = L.tileLayer('/tiles/' + encodeURIComponent(name) + '/{z}/{x}/{y}.png', { maxZoom: 18, zIndex: 5 }).addTo(map);
    var q = new URLSearchParams(window.location.search);
    if (name) q.set('overlay', name); else q.delete('overlay');
    history.replaceState(null, '', '?' + q.toString());
  }

  // Periods as people read them ("Agustus 2024", "Semester 1 2024", "2024"), latest first;
  // a year of a point-in-time count names the weighing month it shows.
  function fillPeriods(selected) {
    var code = el('indicator').value;
    var ind = state.indicators.find(function (i) { return i.code === code; });
    var sel = el('period');
    sel.innerHTML = '';
    var choices = ind ? (ind.periodChoices || []).slice().reverse() : [];
    choices.forEach(function (c) {
      var o = document.createElement('option');
      o.value = c.period;
      o.textContent = c.shown && c.shown !== c.label ? c.label + ' (' + c.shown + ')' : c.label;
      sel.appendChild(o);
    });
    if (ind && ind.latest) sel.value = ind.latest;
    var found = choices.some(function (c) { return c.period === selected; });
    if (selected && found) sel.value = selected;
    else if (selected && ind) status(t('Periode %1 tidak ada untuk indikator ini; ditampilkan %2.').replace('%1', selected)
                                    .replace('%2', sel.options[sel.selectedIndex] ? sel.options[sel.selectedIndex].textContent : ''));
  }

  function identify(e) {
    if (!state.layer) return;
    var size = map.getSize(), b = map.getBounds();
    var sw = map.options.crs.project(b.getSouthWest()), ne = map.options.crs.project(b.getNorthEast());
    var p = map.latLngToContainerPoint(e.latlng);
    var layers = state.layer + (state.overlay ? ',' + el('overlay').value : '') + (state.facilities ? ',fasilitas' : '');
    var url = '/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetFeatureInfo&CRS=EPSG:3857&FORMAT=image/png' +
              '&LAYERS=' + encodeURIComponent(layers) + '&QUERY_LAYERS=' + encodeURIComponent(layers) +
              '&BBOX=' + [sw.x, sw.y, ne.x, ne.y].join(',') + '&WIDTH=' + size.x + '&HEIGHT=' + size.y +
              '&I=' + Math.round(p.x) + '&J=' + Math.round(p.y) + '&INFO_FORMAT=application/json&FEATURE_COUNT=5';
    fetch(url).then(function (r) { return r.json(); }).then(function (fc) {
      var box = el('info');
      box.innerHTML = '';
      if (!fc.features || !fc.features.length) { box.textContent = t('Tidak ada wilayah di titik ini.'); box.hidden = false; return; }
      fc.features.forEach(function (f) {
        var pr = f.properties, tbl = document.createElement('table');
        var rows = pr.tambahan_terjangkau !== undefined
                     ? [[t('Usulan lokasi'), '#' + pr.peringkat], [t('Jenis'), pr.jenis], [t('Desa'), pr.kode_desa],
                        [t('Tambahan terjangkau'), fmt.format(pr.tambahan_terjangkau) + ' ' + t('jiwa')]]
                 : pr.peringkat !== undefined
                     ? [[t('Kurang terlayani'), pr.nama], [t('Kode'), pr.kode], [t('Peringkat'), pr.peringkat],
                        [t('Skor'), fmt.format(pr.skor)], [t('Alasan'), pr.alasan]]
                 : pr.terjangkau ? [[t('Dalam jangkauan'), pr.kode]]
                 : pr.jenis ? [[t('Fasilitas'), pr.nama], [t('Jenis'), pr.jenis], [t('Status'), pr.status]]
                            : [[t('Kecamatan'), pr.nama], [t('Kode'), pr.kode], [t('Nilai'), pr.nilai_teks], [t('Kelas'), pr.kelas || ''],
                               [t('Pembilang'), pr.pembilang !== undefined ? fmt.format(pr.pembilang) : '–'],
                               [t('Penyebut'), pr.penyebut !== undefined ? fmt.format(pr.penyebut) : '–']];
        rows.forEach(function (r) {
          var tr = document.createElement('tr'), th = document.createElement('th'), td = document.createElement('td');
          th.textContent = r[0]; td.textContent = r[1] === undefined ? '' : r[1];
          tr.appendChild(th); tr.appendChild(td); tbl.appendChild(tr);
        });
        box.appendChild(tbl);
      });
      box.hidden = false;
    }).catch(function () { status(t('Gagal mengambil info.')); });
  }

  function download() {
    if (!state.layer) return;
    var b = map.getBounds();
    var url = '/api/export.png?layer=' + encodeURIComponent(state.layer) + '&preset=slide-1080&bbox=' +
              [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map(function (v) { return v.toFixed(6); }).join(',');
    status(t('Menyiapkan PNG…'));
    var a = document.createElement('a');
    a.href = url; a.download = 'petasehat-' + state.layer + '.png';
    document.body.appendChild(a); a.click(); a.remove();
    setTimeout(function () { status(''); }, 1500);
  }

  // Maps saved by name in the desktop app: each opens as the PNG the server draws (/maps/NAME.png).
  function fillSavedMaps(maps) {
    var sel = el('savedmap');
    maps.forEach(function (m) {
      var o = document.createElement('option');
      o.value = m.png; o.textContent = m.title ? m.name + ' — ' + m.title : m.name;
      sel.appendChild(o);
    });
    el('saved-maps').hidden = !maps.length;
    sel.addEventListener('change', function () {
      if (sel.value) window.open(sel.value, '_blank');
      sel.value = '';
    });
  }

  fetch('/api/indicators').then(function (r) { return r.json(); }).then(function (data) {
    state.indicators = data.indicators || [];
    state.layers = data.layers || [];
    var sel = el('indicator');
    state.indicators.forEach(function (i) {
      var o = document.createElement('option');
      o.value = i.code; o.textContent = i.name + ' (' + i.unit + ')';
      sel.appendChild(o);
    });
    var wanted = params.get('indicator');
    if (wanted && state.indicators.some(function (i) { return i.code === wanted; })) sel.value = wanted;
    else if (wanted) status(t('Indikator "%1" tidak ada di proyek.').replace('%1', wanted));
    fillPeriods(params.get('period'));
    var bb = data.bbox;
    if (bb && bb.length === 4 && bb[2] > bb[0]) map.fitBounds([[bb[1], bb[0]], [bb[3], bb[2]]]);
    else map.setView([-2.5, 118], 5);
    if (!state.indicators.length) status(t('Proyek belum berisi data indikator.'));
    fillSavedMaps(data.maps || []);
    fillOverlays();
    showLayer();
    showFacilities();
    showOverlay();
  }).catch(function () { status(t('Gagal memuat daftar indikator.')); });

  el('indicator').addEventListener('change', function () { status(''); fillPeriods(); showLayer(); });
  el('period').addEventListener('change', function () { status(''); showLayer(); });
  el('facilities').addEventListener('change', showFacilities);
  el('overlay').addEventListener('change', showOverlay);
  el('download').addEventListener('click', download);
  map.on('click', identify);
})();
