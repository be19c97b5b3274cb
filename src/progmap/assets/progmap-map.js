/* progmap-map.js: draws a progmap page from the JSON data blocks it carries.
 *
 * Part of progmap (MIT licence). The page holds its data in
 * <script type="application/json" id="progmap-..."> blocks that no template
 * engine ever parsed; this script reads them with JSON.parse, draws the
 * layers, and builds popups, tooltips, search results and the time control
 * when they are needed. Text from documents is only ever put in the page
 * escaped (esc) or as textContent: never as markup, never as code.
 */
(function () {
  "use strict";

  // --- data ----------------------------------------------------------------

  function readData() {
    var data = {};
    var blocks = document.querySelectorAll('script[type="application/json"][id^="progmap-"]');
    for (var i = 0; i < blocks.length; i++) {
      data[blocks[i].id.slice("progmap-".length)] = JSON.parse(blocks[i].textContent);
    }
    return data;
  }

  var ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };

  /** Any value as escaped HTML text. */
  function esc(value) {
    if (value === null || value === undefined) { return ""; }
    return String(value).replace(/[&<>"']/g, function (c) { return ESCAPES[c]; });
  }

  /** Text folded for searching: no diacritics, no case, no punctuation. */
  function fold(text) {
    return String(text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[\u0111\u0110]/g, "d").toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
  }

  var STOP_WORDS = { of: 1, for: 1, the: 1, and: 1, on: 1, in: 1, to: 1, de: 1, la: 1, des: 1, du: 1 };

  /** The initials of a name's words, less small words: "International Organization for Migration" -> "iom". */
  function acronym(name) {
    var words = fold(name).split(" ");
    var out = "";
    for (var i = 0; i < words.length; i++) {
      if (words[i] && !STOP_WORDS[words[i]]) { out += words[i].charAt(0); }
    }
    return out.length > 1 ? out : "";
  }

  function plural(n, word) { return n + " " + (n === 1 ? word : word + "s"); }

  // --- time ------------------------------------------------------------------

  var range = { lo: -Infinity, hi: Infinity };

  /** Whether an item with these document years shows: 0 is an undated document, always shown. */
  function inRange(years) {
    if (!years || !years.length) { return true; }
    for (var i = 0; i < years.length; i++) {
      var y = years[i];
      if (y === 0 || (y >= range.lo && y <= range.hi)) { return true; }
    }
    return false;
  }

  function countInRange(years) {
    var n = 0;
    for (var i = 0; i < (years || []).length; i++) {
      if (years[i] === 0 || (years[i] >= range.lo && years[i] <= range.hi)) { n++; }
    }
    return n;
  }

  /** The same for ``[year, count]`` pairs. */
  function pairsInRange(pairs) {
    return inRange(pairs.map(function (p) { return p[0]; }));
  }

  function pairsCount(pairs) {
    var n = 0;
    pairs.forEach(function (p) { if (p[0] === 0 || (p[0] >= range.lo && p[0] <= range.hi)) { n += p[1]; } });
    return n;
  }

  function isUndated(years) {
    for (var i = 0; i < (years || []).length; i++) { if (years[i] !== 0) { return false; } }
    return true;
  }

  // --- popups ------------------------------------------------------------------

  /** A popup whose content is built from data when it opens (or is asked for). */
  var LazyPopup = L.Popup.extend({
    getContent: function () {
      return typeof this._content === "function" ? this._content(this._source || this) : this._content;
    },
    // Leaflet pans an opening popup into the map's box; on a wide screen keep it
    // clear of the open legend on the left too, or the legend hides its first words.
    // _adjustPan is Leaflet 1.9's own step (the bundled, pinned copy), given a padding here.
    _adjustPan: function () {
      var pad = L.point(5, 5), map = this._map && this._map.getContainer();
      var legend = map && map.querySelector(".progmap-legend-control");
      if (legend) {
        var box = legend.getBoundingClientRect(), frame = map.getBoundingClientRect();
        if (box.width && frame.width - box.width > 480) { pad = L.point(box.right - frame.left + 10, 5); }
      }
      this.options.autoPanPaddingTopLeft = pad;
      return L.Popup.prototype._adjustPan.apply(this, arguments);
    }
  });

  function bindPopup(layer, build) {
    layer.bindPopup(new LazyPopup({ maxWidth: 440, minWidth: 240 }).setContent(function () {
      return "<div class='progmap-popup'>" + build() + "</div>";
    }));
  }

  function source(doc, date) {
    var parts = [];
    if (doc) { parts.push(esc(doc)); }
    if (date) { parts.push(esc(date)); }
    return parts.length ? " <span class='src'>(" + parts.join(", ") + ")</span>" : "";
  }

  /** The first document tying an organization to a place, and how many more do. */
  function tieSource(tie) {
    var more = (tie[5] || 1) - 1;
    return source(tie[3] + (more > 0 ? " and " + more + " more document" + (more > 1 ? "s" : "") : ""));
  }

  function quote(text) { return text ? "<q>" + esc(text) + "</q>" : ""; }

  /** A titled list: the items shown, and what is left out and where to find it. */
  function section(title, items, total, elsewhere) {
    if (!total) { return ""; }
    var out = "<h5>" + esc(title) + " (" + total + ")</h5>" + items.join("");
    if (total > items.length) {
      out += "<p class='more'>" + (items.length ? "… and " + (total - items.length) + " more" : total + " in the years shown")
        + (elsewhere ? " in " + esc(elsewhere) : "") + "</p>";
    }
    return out;
  }

  function ProgmapMap(map, data) {
    this.map = map;
    this.data = data;
    this.config = data.config;
    this.sites = data.sites || {};
    this.programmes = data.programmes || [];
    this.organizations = data.organizations || [];
    this.ties = data.ties || [];
    this.points = data.points || {};
    this.routes = data.routes || [];
    this.places = data.places || [];
    this.areas = data.areas || [];
    this.areaLayers = {};    // code -> Leaflet layer of the area
    this.placeMarkers = {};  // code -> marker
    this.orgMarkerAt = {};   // place code -> its organizations' symbol
    this.routeGroups = [];   // index -> layer group (line and arrowhead)
    this.overlays = {};
  }

  ProgmapMap.prototype.programmeItem = function (i) {
    var p = this.programmes[i];
    return "<p><b>" + esc(p.n) + "</b>" + (p.o ? " — " + esc(p.o) : "")
      + (p.a ? "<br>Activities: " + esc(p.a) : "") + (p.f ? "<br>Funded by: " + esc(p.f) : "")
      + (p.q ? "<br>" + quote(p.q) : "") + source(p.d, p.t) + "</p>";
  };

  ProgmapMap.prototype.organizationItem = function (t) {
    var tie = this.ties[t], o = this.organizations[tie[0]];
    return "<p><b>" + esc(o.n) + "</b>" + (o.t ? " (" + esc(o.t) + ")" : "")
      + (o.al && o.al.length ? " · " + esc(o.al.join(", ")) : "") + tieSource(tie) + "</p>";
  };

  ProgmapMap.prototype.routeItem = function (i) {
    var r = this.routes[i];
    return "<p><b>" + esc(r.on) + " → " + esc(r.dn) + "</b>" + (r.ret ? " (reported as a return)" : "")
      + "<br>" + esc(plural(r.nd, "document")) + "; " + esc(r.pu.map(function (p) { return p[0]; }).join(", ") || "purpose not stated") + "</p>";
  };

  /** The sections of what the texts say at a place code: programmes, organizations, routes. */
  ProgmapMap.prototype.siteSections = function (code) {
    var site = this.sites[code];
    if (!site) { return ""; }
    var self = this;
    var shown = (site.p || []).filter(function (i) { return inRange([self.programmes[i].y]); });
    var total = countInRange(site.py);
    var out = section("Programmes", shown.map(function (i) { return self.programmeItem(i); }), total, "3w.csv");
    var orgs = site.o || [];
    out += section("Organizations", orgs.slice(0, this.config.items).map(function (i) { return self.organizationItem(i); }), orgs.length, "organizations.geojson");
    var routes = (site.r || []).filter(function (i) { return pairsInRange(self.routes[i].y); });
    out += section("Routes", routes.slice(0, this.config.items).map(function (i) { return self.routeItem(i); }), routes.length, "routes.csv");
    return out;
  };

  ProgmapMap.prototype.areaPopup = function (a) {
    var site = this.sites[a.c] || {};
    var counts = [];
    if (this.config.records) {
      counts.push(plural(countInRange(site.py), "programme") + (this.filtered() ? " in the years shown" : ""));
    } else if (a.s.programmes !== undefined) { counts.push(plural(a.s.programmes, "programme")); }
    if (a.s.organizations) { counts.push(plural(a.s.organizations, "organization")); }
    if (a.s.routes_out || a.s.routes_in) { counts.push("routes: " + a.s.routes_out + " out, " + a.s.routes_in + " in"); }
    if (a.s.mentions) { counts.push(plural(a.s.mentions, "mention")); }
    var out = "<h4>" + esc(a.n) + " <small>" + esc(a.c) + "</small></h4><p>" + esc(counts.join(", ")) + "</p>";
    if (a.v) {
      out += "<p class='vintage'>" + (a.f && a.f.length > 1 ? "Formerly " + esc(a.f.join(", ")) + " (" + esc(a.v) + " boundaries)" : esc(a.v) + " boundaries") + "</p>";
    }
    return out + this.siteSections(a.c);
  };

  ProgmapMap.prototype.placePopup = function (p) {
    var docs = plural(p.nd, "document");
    var out = "<h4>" + esc(p.n) + " <small>" + esc(p.c) + "</small></h4><p>" + esc(p.k) + "; "
      + esc(plural(p.m, "mention")) + " in " + esc(docs) + "</p>";
    if (p.q) { out += "<h5>Example</h5><p>" + quote(p.q) + source(p.qd, p.qt) + "</p>"; }
    return out + this.siteSections(p.c);
  };

  ProgmapMap.prototype.organizationPopup = function (t) {
    var tie = this.ties[t], o = this.organizations[tie[0]], self = this;
    var out = "<h4>" + esc(o.n) + " <small>" + esc(o.id) + "</small></h4><p>" + esc((o.t || "organization") + " · " + tie[2]) + "</p>";
    if (o.al && o.al.length) { out += "<h5>Also known as</h5><p>" + esc(o.al.join(", ")) + "</p>"; }
    // The programmes of this place's popup that name it (the page lists a few per place).
    var own = ((this.sites[tie[1]] || {}).p || []).filter(function (j) {
      var p = self.programmes[j];
      return inRange([p.y]) && (", " + p.o + ", " + p.f + ", ").indexOf(", " + o.n + ", ") >= 0;
    });
    out += section("Programmes here", own.map(function (j) { return self.programmeItem(j); }), own.length, "3w.csv");
    return out + "<h5>Source</h5><p>" + tieSource(tie) + "</p>";
  };

  ProgmapMap.prototype.routePopup = function (r) {
    var dates = r.dt && r.dt[0] ? (r.dt[0] === r.dt[1] ? r.dt[0] : r.dt[0] + " to " + r.dt[1]) : "no document date";
    var purposes = r.pu.map(function (p) { return p[0] + " " + p[1]; }).join(", ") || "purpose not stated";
    var out = "<h4>" + esc(r.on) + " → " + esc(r.dn) + "</h4><p>"
      + esc(plural(r.nd, "document") + ", " + plural(r.ns, "statement") + "; " + dates) + "<br>Purposes: " + esc(purposes)
      + (r.vi && r.vi.length ? "<br>Victims: " + esc(r.vi.join(", ")) : "")
      + (r.vo && r.vo.length ? "<br>Volumes reported: " + esc(r.vo.join("; ")) : "")
      + (r.ret ? "<br>Reported as a return (repatriation); drawn in the direction victims were trafficked." : "") + "</p>";
    if (this.filtered()) { out += "<p>" + esc(pairsCount(r.y) + " of " + plural(r.ns, "statement") + " in the years shown") + "</p>"; }
    var quotes = r.q.map(function (q) { return "<p>" + quote(q[0]) + source(q[1], q[2]) + "</p>"; });
    return out + section("What the documents say", quotes, r.ns, "routes.csv");
  };

  // --- layers --------------------------------------------------------------------

  ProgmapMap.prototype.pane = function (name, zIndex, interactive) {
    var pane = this.map.createPane("progmap-" + name);
    pane.style.zIndex = zIndex;
    if (!interactive) { pane.style.pointerEvents = "none"; }
    return "progmap-" + name;
  };

  ProgmapMap.prototype.drawBasemap = function () {
    var colours = this.config.colours.basemap;
    var features = (this.data.basemap || []).map(function (g) { return { type: "Feature", properties: {}, geometry: g }; });
    L.geoJSON(features, {
      pane: this.pane("basemap", 150, false), interactive: false,
      style: { fillColor: colours[0], color: colours[1], weight: 0.6, fillOpacity: 1 }
    }).addTo(this.map);
  };

  ProgmapMap.prototype.classOf = function (count) {
    var classes = this.config.classes;
    for (var i = 0; i < classes.length; i++) {
      if (classes[i][0] === null || count <= classes[i][0]) { return classes[i]; }
    }
    return classes[classes.length - 1];
  };

  /** The count an area is shaded by, in the years shown. */
  ProgmapMap.prototype.areaCount = function (a) {
    var measure = this.config.measure;
    if (measure === "programmes" && this.config.records) { return countInRange((this.sites[a.c] || {}).py); }
    return (measure && a.s[measure]) || 0;
  };

  ProgmapMap.prototype.drawAreas = function (kind, name, paneZ, style, show) {
    var self = this;
    var areas = this.areas.filter(function (a) { return a.k === kind; });
    if (!areas.length) { return; }
    var pane = this.pane(kind, paneZ, true);
    var features = areas.map(function (a) { return { type: "Feature", properties: { a: a }, geometry: a.g }; });
    var layer = L.geoJSON(features, {
      pane: pane,
      style: function (f) { return style(f.properties.a); },
      onEachFeature: function (f, l) {
        var a = f.properties.a;
        self.areaLayers[a.c] = l;
        l.bindTooltip(function () {
          var counts = kind === "admin1" && self.config.measure
            ? plural(self.areaCount(a), self.config.measure.slice(0, -1)) : "";
          return "<b>" + esc(a.n) + "</b> (" + esc(a.c) + ")" + (counts ? "<br>" + esc(counts) : "");
        }, { sticky: true });
        bindPopup(l, function () { return self.areaPopup(a); });
        l.on("mouseover", function () { l.setStyle({ weight: 2.5 }); });
        l.on("mouseout", function () { layer.resetStyle(l); });
      }
    });
    if (show) { layer.addTo(this.map); }
    this.overlays[name] = layer;
    if (kind === "admin1") { this.admin1Layer = layer; }
  };

  ProgmapMap.prototype.drawRoutes = function () {
    if (!this.routes.length) { return; }
    var self = this;
    var linePane = this.pane("routes", 410, true);
    var arrowPane = this.pane("arrows", 415, false);
    var colours = this.config.colours;
    var largest = Math.max.apply(null, this.routes.map(function (r) { return r.nd; }).concat([1]));
    var group = L.layerGroup();
    this.routes.forEach(function (r, i) {
      var latlngs = toLatLngs(r.g);
      var colour = colours.purposes[r.c] || colours.purposes.other;
      var weight = 2.5 + 5 * Math.log(1 + r.nd) / Math.log(1 + largest);
      var halo = L.polyline(latlngs, { pane: linePane, color: colours.halo, weight: weight + 2.5, opacity: 0.55, interactive: false, dashArray: r.ret ? self.config.returnDash : null });
      var line = L.polyline(latlngs, { pane: linePane, color: colour, weight: weight, opacity: 0.95, dashArray: r.ret ? self.config.returnDash : null });
      line.bindTooltip(function () {
        return "<b>" + esc(r.on) + " → " + esc(r.dn) + "</b><br>" + esc(plural(r.nd, "document") + "; " + (r.pu.map(function (p) { return p[0]; }).join(", ") || "purpose not stated"));
      }, { sticky: true });
      bindPopup(line, function () { return self.routePopup(r); });
      line.on("mouseover", function () { line.setStyle({ weight: weight + 2 }); });
      line.on("mouseout", function () { line.setStyle({ weight: weight }); });
      var parts = [halo, line];
      var head = arrowhead(latlngs, colour, arrowPane, weight);
      if (head) { parts.push(head); }
      var routeGroup = L.layerGroup(parts);
      routeGroup.progmapLine = line;
      self.routeGroups[i] = routeGroup;
      group.addLayer(routeGroup);
    });
    group.addTo(this.map);
    this.routeLayer = group;
    this.overlays[this.config.names.routes] = group;
  };

  function toLatLngs(geometry) {
    function flip(line) { return line.map(function (xy) { return [xy[1], xy[0]]; }); }
    return geometry.type === "MultiLineString" ? geometry.coordinates.map(flip) : flip(geometry.coordinates);
  }

  /** One arrowhead per route, 60% along its longest part, pointing the way victims were moved.
   * Angles in Web Mercator do not change with zoom, so it is computed once. */
  function arrowhead(latlngs, colour, pane, weight) {
    var line = latlngs.length && Array.isArray(latlngs[0][0]) ? latlngs.reduce(function (a, b) { return b.length > a.length ? b : a; }) : latlngs;
    if (line.length < 2) { return null; }
    var crs = L.CRS.EPSG3857;
    var points = line.map(function (ll) { return crs.latLngToPoint(L.latLng(ll), 0); });
    var lengths = [0];
    for (var i = 1; i < points.length; i++) { lengths.push(lengths[i - 1] + points[i].distanceTo(points[i - 1])); }
    var target = lengths[lengths.length - 1] * 0.6;
    var k = 1;
    while (k < points.length - 1 && lengths[k] < target) { k++; }
    var a = points[k - 1], b = points[k];
    var t = lengths[k] > lengths[k - 1] ? (target - lengths[k - 1]) / (lengths[k] - lengths[k - 1]) : 0;
    var at = crs.pointToLatLng(L.point(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t), 0);
    var angle = Math.atan2(b.y - a.y, b.x - a.x) * 180 / Math.PI;
    var size = Math.round(11 + weight * 1.6);
    var element = document.createElement("div");
    element.className = "progmap-arrowhead";
    element.style.borderLeftColor = colour;
    element.style.borderWidth = Math.round(size / 2) + "px 0 " + Math.round(size / 2) + "px " + size + "px";
    element.style.transform = "rotate(" + angle.toFixed(1) + "deg)";
    return L.marker(at, {
      pane: pane, interactive: false, keyboard: false,
      icon: L.divIcon({ className: "progmap-arrow", html: element, iconSize: [size, size], iconAnchor: [size / 2, size / 2] })
    });
  }

  function placeIcon(radius) {
    var size = Math.round(radius * 2);
    return L.divIcon({ className: "progmap-place", iconSize: [size, size], iconAnchor: [size / 2, size / 2] });
  }

  /** Organizations are drawn as black squares beside their place (up and right), never on its dot;
   * a square for several carries their number. */
  function organizationIcon(count) {
    if (count === 1) { return L.divIcon({ className: "progmap-org", iconSize: [12, 12], iconAnchor: [-4, 16] }); }
    var label = document.createElement("span");
    label.textContent = String(count);
    var width = count < 10 ? 18 : count < 100 ? 24 : 30;
    return L.divIcon({ className: "progmap-org-cluster", html: label, iconSize: [width, 18], iconAnchor: [-4, 22] });
  }

  function clusterIcon(className, anchor) {
    return function (cluster) {
      var label = document.createElement("span");
      label.textContent = String(cluster.getChildCount());
      var size = cluster.getChildCount() < 10 ? 22 : cluster.getChildCount() < 100 ? 28 : 34;
      return L.divIcon({ className: className, html: label, iconSize: [size, size], iconAnchor: anchor ? anchor(size) : [size / 2, size / 2] });
    };
  }

  ProgmapMap.prototype.drawPlaces = function () {
    if (!this.places.length) { return; }
    var self = this;
    var cluster = L.markerClusterGroup({
      clusterPane: this.pane("places", 610, true), maxClusterRadius: 24, disableClusteringAtZoom: 9,
      showCoverageOnHover: false, iconCreateFunction: clusterIcon("progmap-place-cluster")
    });
    this.placeMarkerList = this.places.map(function (p) {
      var radius = Math.min(4 + 1.5 * Math.sqrt(p.m), 12);
      var g = self.points[p.c];
      var marker = L.marker([g[1], g[0]], { pane: "progmap-places", icon: placeIcon(radius), title: p.n, keyboard: false });
      marker.bindTooltip(function () { return "<b>" + esc(p.n) + "</b> (" + esc(p.c) + ", " + esc(p.k) + ")<br>" + esc(plural(p.m, "mention")); });
      bindPopup(marker, function () { return self.placePopup(p); });
      self.placeMarkers[p.c] = marker;
      return marker;
    });
    cluster.addLayers(this.placeMarkerList);
    cluster.addTo(this.map);
    this.placeCluster = cluster;
    this.overlays[this.config.names.places] = cluster;
  };

  /** One symbol per place with organizations (a square, with their number when
   * more than one), beside the place's dot and above it; its popup lists them. */
  ProgmapMap.prototype.drawOrganizations = function () {
    var self = this, byCode = {}, codes = [];
    this.ties.forEach(function (tie, t) {
      if (tie[4]) { return; }  // national: listed in the country's popup
      if (!byCode[tie[1]]) { byCode[tie[1]] = []; codes.push(tie[1]); }
      byCode[tie[1]].push(t);
    });
    if (!codes.length) { return; }
    this.pane("organizations", 620, true);
    this.orgMarkerAt = {};
    var markers = codes.map(function (code) {
      var ties = byCode[code], g = self.points[code];
      var marker = L.marker([g[1], g[0]], { pane: "progmap-organizations", icon: organizationIcon(ties.length), keyboard: false, count: ties.length });
      marker.bindTooltip(function () {
        var names = ties.slice(0, 3).map(function (t) { return self.organizations[self.ties[t][0]].n; });
        return "<b>" + esc(plural(ties.length, "organization")) + "</b> in " + esc(self.ties[ties[0]][2])
          + "<br>" + esc(names.join(", ") + (ties.length > 3 ? ", …" : ""));
      }, { offset: [10, -10] });
      bindPopup(marker, function () { return self.organizationsPopup(code, ties); });
      marker.getPopup().options.offset = [10, -12];
      self.orgMarkerAt[code] = marker;
      return marker;
    });
    var cluster = L.markerClusterGroup({
      clusterPane: "progmap-organizations", maxClusterRadius: 20, showCoverageOnHover: false,
      iconCreateFunction: function (c) {
        var n = 0;
        c.getAllChildMarkers().forEach(function (m) { n += m.options.count; });
        return organizationIcon(n);
      }
    });
    cluster.addLayers(markers);
    cluster.addTo(this.map);
    this.orgCluster = cluster;
    this.overlays[this.config.names.organizations] = cluster;
  };

  ProgmapMap.prototype.organizationsPopup = function (code, ties) {
    var self = this;
    var out = "<h4>" + esc(plural(ties.length, "organization")) + " in " + esc(this.ties[ties[0]][2]) + "</h4>";
    return out + section("Organizations", ties.slice(0, 50).map(function (t) { return self.organizationItem(t); }), ties.length, "organizations.geojson");
  };

  // --- time control ------------------------------------------------------------------

  /** Whether the time control leaves some years out. */
  ProgmapMap.prototype.filtered = function () {
    return !!this.years && (range.lo > this.years[0] || range.hi < this.years[1]);
  };

  ProgmapMap.prototype.yearsSpan = function () {
    var lo = Infinity, hi = -Infinity;
    function scan(years) {
      for (var i = 0; i < (years || []).length; i++) {
        if (years[i]) { lo = Math.min(lo, years[i]); hi = Math.max(hi, years[i]); }
      }
    }
    this.programmes.forEach(function (p) { scan([p.y]); });
    this.routes.forEach(function (r) { scan(r.y.map(function (p) { return p[0]; })); });
    this.places.forEach(function (p) { scan(p.y); });
    return isFinite(lo) ? [lo, hi] : null;
  };

  ProgmapMap.prototype.undatedText = function () {
    var self = this;
    var programmes = 0, statements = 0, places = 0;
    programmes = this.config.undatedProgrammes || 0;
    this.routes.forEach(function (r) { r.y.forEach(function (p) { if (!p[0]) { statements += p[1]; } }); });
    this.places.forEach(function (p) { if (isUndated(p.y)) { places++; } });
    var parts = [];
    if (self.config.records) { parts.push(plural(programmes, "programme")); }
    if (self.routes.length) { parts.push(plural(statements, "route statement")); }
    if (self.places.length) { parts.push(plural(places, "place")); }
    return parts.length ? "Undated, always shown: " + parts.join(", ") + "." : "";
  };

  ProgmapMap.prototype.addTimeControl = function () {
    var self = this;
    this.years = this.yearsSpan();
    var control = L.control({ position: "bottomleft" });
    control.onAdd = function () {
      var box = L.DomUtil.create("div", "progmap-time leaflet-bar");
      box.id = "progmap-time";
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      var title = L.DomUtil.create("div", "progmap-time-title", box);
      if (!self.years) {
        title.textContent = "No document on this map states its date.";
        return box;
      }
      title.textContent = "Documents dated";
      var label = L.DomUtil.create("div", "progmap-time-label", box);
      var inputs = ["from", "to"].map(function (end, k) {
        var row = L.DomUtil.create("label", "progmap-time-row", box);
        var name = L.DomUtil.create("span", "", row);
        name.textContent = end;
        var input = L.DomUtil.create("input", "", row);
        input.type = "range";
        input.id = "progmap-year-" + end;
        input.min = self.years[0];
        input.max = self.years[1];
        input.step = 1;
        input.value = self.years[k];
        input.setAttribute("aria-label", "Documents dated " + end + " year");
        return input;
      });
      var undated = L.DomUtil.create("div", "progmap-time-undated", box);
      undated.id = "progmap-undated";
      undated.textContent = self.undatedText();
      function update(moved) {
        var lo = +inputs[0].value, hi = +inputs[1].value;
        if (lo > hi) { if (moved === 0) { inputs[1].value = lo; hi = lo; } else { inputs[0].value = hi; lo = hi; } }
        label.textContent = lo === hi ? String(lo) : lo + " – " + hi;
        self.setYears(lo, hi);
      }
      inputs.forEach(function (input, k) { L.DomEvent.on(input, "input change", function () { update(k); }); });
      label.textContent = self.years[0] === self.years[1] ? String(self.years[0]) : self.years[0] + " – " + self.years[1];
      return box;
    };
    control.addTo(this.map);
  };

  /** Show what the documents of these years say: routes, places, and the shading by programmes. */
  ProgmapMap.prototype.setYears = function (lo, hi) {
    range.lo = lo;
    range.hi = hi;
    var self = this;
    if (this.routeLayer) {
      this.routes.forEach(function (r, i) {
        var group = self.routeGroups[i], show = pairsInRange(r.y);
        if (show && !self.routeLayer.hasLayer(group)) { self.routeLayer.addLayer(group); }
        if (!show && self.routeLayer.hasLayer(group)) { self.routeLayer.removeLayer(group); }
      });
    }
    if (this.placeCluster) {
      var add = [], remove = [];
      this.places.forEach(function (p, i) {
        var marker = self.placeMarkerList[i], shown = self.placeCluster.hasLayer(marker);
        if (inRange(p.y) && !shown) { add.push(marker); }
        if (!inRange(p.y) && shown) { remove.push(marker); }
      });
      if (remove.length) { this.placeCluster.removeLayers(remove); }
      if (add.length) { this.placeCluster.addLayers(add); }
    }
    if (this.admin1Layer && this.config.measure === "programmes") {
      this.admin1Layer.eachLayer(function (l) {
        l.setStyle({ fillColor: self.classOf(self.areaCount(l.feature.properties.a))[1] });
      });
    }
    this.map.fire("progmap:years", { lo: lo, hi: hi });
  };

  // --- search ----------------------------------------------------------------------

  ProgmapMap.prototype.searchIndex = function () {
    var self = this, entries = [], seen = {};
    function add(name, kind, go, aliases) {
      var key = kind + "\u0000" + fold(name);
      if (!name || seen[key]) { return; }
      seen[key] = true;
      var words = [fold(name)].concat((aliases || []).map(fold));
      var acronyms = [acronym(name)].concat((aliases || []).map(function (a) { return fold(a).replace(/ /g, ""); }));
      entries.push({ name: name, kind: kind, go: go, words: words, acronyms: acronyms });
    }
    this.areas.forEach(function (a) { add(a.n, a.k === "admin1" ? "province" : a.k, function () { self.showArea(a.c); }); });
    this.places.forEach(function (p) { add(p.n, p.k === "admin1" ? "province" : p.k, function () { self.showPlace(p.c); }); });
    this.organizations.forEach(function (o, i) {
      add(o.n, "organization", function () { self.showOrganization(i); }, o.al);
    });
    (this.data.programme_names || []).forEach(function (entry) {
      add(entry[0], "programme", function () { self.showProgramme(entry[0], entry[1]); });
    });
    return entries;
  };

  /** Entries matching a query: whole-word prefixes of names or aliases, or an acronym. */
  function search(entries, query, limit) {
    var q = fold(query);
    if (!q) { return []; }
    var compact = q.replace(/ /g, "");
    var scored = [];
    entries.forEach(function (e) {
      var score = 0;
      e.words.forEach(function (w) {
        if (w === q) { score = Math.max(score, 4); } else if (w.indexOf(q) === 0) { score = Math.max(score, 3); } else if ((" " + w).indexOf(" " + q) >= 0) { score = Math.max(score, 2); } else if (q.length > 2 && w.indexOf(q) >= 0) { score = Math.max(score, 1); }
      });
      if (compact.length > 1 && e.acronyms.indexOf(compact) >= 0) { score = Math.max(score, 4); }
      if (score) { scored.push([score, e]); }
    });
    scored.sort(function (a, b) { return b[0] - a[0] || a[1].name.localeCompare(b[1].name); });
    return scored.slice(0, limit).map(function (s) { return s[1]; });
  }

  ProgmapMap.prototype.showArea = function (code) {
    var layer = this.areaLayers[code];
    if (!layer) { return this.showPlace(code); }
    var group = this.overlayOf(layer);
    if (group && !this.map.hasLayer(group)) { group.addTo(this.map); }
    this.map.fitBounds(layer.getBounds(), { maxZoom: 8 });
    layer.openPopup(layer.getBounds().getCenter());
  };

  ProgmapMap.prototype.overlayOf = function (layer) {
    var names = Object.keys(this.overlays);
    for (var i = 0; i < names.length; i++) {
      if (this.overlays[names[i]].hasLayer && this.overlays[names[i]].hasLayer(layer)) { return this.overlays[names[i]]; }
    }
    return null;
  };

  ProgmapMap.prototype.showPlace = function (code) {
    var marker = this.placeMarkers[code];
    if (!marker) { return this.areaLayers[code] ? this.showArea(code) : null; }
    if (!this.map.hasLayer(this.placeCluster)) { this.placeCluster.addTo(this.map); }
    if (!this.placeCluster.hasLayer(marker)) { this.placeCluster.addLayer(marker); }
    this.placeCluster.zoomToShowLayer(marker, function () { marker.openPopup(); });
  };

  /** An organization at its first place on the map (its own popup, at that place's symbol), else the country it works in nationally. */
  ProgmapMap.prototype.showOrganization = function (i) {
    var self = this, drawn = null, national = null;
    this.ties.forEach(function (tie, t) {
      if (tie[0] !== i) { return; }
      if (!tie[4] && drawn === null) { drawn = t; }
      if (tie[4] && national === null) { national = tie[1]; }
    });
    if (drawn === null) { return this.showArea(national); }
    var marker = this.orgMarkerAt[this.ties[drawn][1]];
    if (!this.map.hasLayer(this.orgCluster)) { this.orgCluster.addTo(this.map); }
    this.orgCluster.zoomToShowLayer(marker, function () {
      L.popup({ maxWidth: 440, minWidth: 240, offset: [10, -12] }).setLatLng(marker.getLatLng())
        .setContent("<div class='progmap-popup'>" + self.organizationPopup(drawn) + "</div>").openOn(self.map);
    });
  };

  /** A programme's first place on the map, with that place's popup (which lists its programmes). */
  ProgmapMap.prototype.showProgramme = function (name, codes) {
    var self = this;
    var code = codes.filter(function (c) { return self.areaLayers[c] || self.placeMarkers[c]; })[0];
    if (code !== undefined) { this.showArea(code); }
  };

  ProgmapMap.prototype.addSearch = function () {
    var self = this;
    var entries = this.searchIndex();
    var control = L.control({ position: "topright" });
    control.onAdd = function () {
      var box = L.DomUtil.create("div", "progmap-search leaflet-bar");
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      var input = L.DomUtil.create("input", "", box);
      input.id = "progmap-search";
      input.type = "search";
      input.placeholder = "Find a place, organization or programme";
      input.setAttribute("aria-label", input.placeholder);
      input.autocomplete = "off";
      var list = L.DomUtil.create("ul", "progmap-search-results", box);
      list.id = "progmap-search-results";
      var found = [];
      function choose(entry) {
        list.textContent = "";
        input.value = entry.name;
        entry.go();
      }
      function refresh() {
        found = search(entries, input.value, 8);
        list.textContent = "";
        found.forEach(function (entry) {
          var item = L.DomUtil.create("li", "", list);
          var name = L.DomUtil.create("span", "name", item);
          name.textContent = entry.name;
          var kind = L.DomUtil.create("span", "kind", item);
          kind.textContent = entry.kind;
          // Stopped here: the list is emptied, and a click from a detached
          // element would reach the map, which closes popups on click.
          L.DomEvent.on(item, "click", function (e) { L.DomEvent.stop(e); choose(entry); });
        });
        if (input.value && !found.length) {
          var none = L.DomUtil.create("li", "none", list);
          none.textContent = "Nothing on this map matches.";
        }
      }
      L.DomEvent.on(input, "input", refresh);
      L.DomEvent.on(input, "keydown", function (e) {
        if (e.key === "Enter" && found.length) { choose(found[0]); }
        if (e.key === "Escape") { input.value = ""; refresh(); }
      });
      return box;
    };
    control.addTo(this.map);
  };

  // --- legend and controls -------------------------------------------------------------

  var SMALL_SCREEN = 600;

  ProgmapMap.prototype.addLegend = function () {
    var legend = document.getElementById("progmap-legend");
    if (!legend) { return; }
    var control = L.control({ position: "topleft" });
    control.onAdd = function () {
      var box = L.DomUtil.create("div", "progmap-legend-control");
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      box.appendChild(legend);
      var details = legend.querySelector("details");
      if (details && window.innerWidth < SMALL_SCREEN) { details.removeAttribute("open"); }
      return box;
    };
    control.addTo(this.map);
  };

  ProgmapMap.prototype.addLayerControl = function () {
    var bases = {}, first = null, map = this.map;
    (this.config.tiles || []).forEach(function (t) {
      var layer = L.tileLayer(t.url, { attribution: t.attribution, maxZoom: t.maxZoom || 18, subdomains: t.subdomains || "abc" });
      bases[t.name] = layer;
      if (!first) { first = layer; }
    });
    if (first) { first.addTo(map); }
    var overlays = {}, all = this.overlays;
    (this.config.order || Object.keys(all)).forEach(function (name) { if (all[name]) { overlays[name] = all[name]; } });
    L.control.layers(bases, overlays, { collapsed: window.innerWidth < SMALL_SCREEN, position: "topright" }).addTo(map);
  };

  ProgmapMap.prototype.draw = function () {
    var c = this.config, colours = c.colours, self = this;
    if (!isFinite(this.map.getMaxZoom())) { this.map.setMaxZoom(18); }  // clusters need it
    this.drawBasemap();
    this.drawAreas("country", c.names.countries, 370, function () {
      return { fillColor: colours.country[0], color: colours.country[1], weight: 1.3, fillOpacity: 0.12 };
    }, true);
    this.drawAreas("region", c.names.regions, 380, function () {
      return { fillColor: colours.region[0], color: colours.region[1], weight: 1.5, dashArray: "5 4", fillOpacity: 0.08 };
    }, false);
    this.drawAreas("admin1", c.names.admin1, 390, function (a) {
      return { fillColor: self.classOf(self.areaCount(a))[1], color: colours.admin1, weight: 0.8, fillOpacity: 0.8 };
    }, true);
    this.drawRoutes();
    this.drawPlaces();
    this.drawOrganizations();
    this.addSearch();
    this.addLayerControl();
    this.addLegend();
    this.addTimeControl();
    if (c.bounds) { this.map.fitBounds(c.bounds, { padding: [20, 20] }); }
  };

  function start() {
    var data = readData();
    if (!data.config) { return; }
    var map = window[data.config.map];
    var progmap = new ProgmapMap(map, data);
    progmap.draw();
    window.progmap = progmap;  // for tests and for people who script the page
  }

  start();
})();
