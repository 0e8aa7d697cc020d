// chronik map: draws the bundled Natural Earth world outline (TopoJSON, world-atlas) as SVG in
// an equirectangular projection and puts the events' places on it. No library, no network
// beyond this server. Data strings are only ever set with textContent / setAttribute.
"use strict";

(function () {
  const SVG = "http://www.w3.org/2000/svg";
  const KM_PER_DEG = 111.32;
  // A place whose precision radius is at most this is drawn as a pin; a coarser one as a circle
  // of that radius, so "somewhere in Russia" does not look like a point in Moscow.
  const PIN_KM = 25;

  function el(name, attrs) {
    const node = document.createElementNS(SVG, name);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    return node;
  }

  // --- TopoJSON decoding (quantized, delta-encoded arcs) -------------------------------
  function decodeArcs(topo) {
    const [sx, sy] = topo.transform ? topo.transform.scale : [1, 1];
    const [tx, ty] = topo.transform ? topo.transform.translate : [0, 0];
    return topo.arcs.map(function (arc) {
      let x = 0, y = 0;
      return arc.map(function (p) {
        if (topo.transform) { x += p[0]; y += p[1]; } else { x = p[0]; y = p[1]; }
        return [x * sx + tx, y * sy + ty];
      });
    });
  }

  function ring(arcs, indexes) {
    const points = [];
    for (const i of indexes) {
      const arc = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
      // consecutive arcs share their joining point
      arc.forEach(function (p, k) { if (k > 0 || points.length === 0) points.push(p); });
    }
    return points;
  }

  function polygons(geometry) {
    if (geometry.type === "Polygon") return [geometry.arcs];
    if (geometry.type === "MultiPolygon") return geometry.arcs;
    return [];
  }

  // --- projection: x = lon + 180, y = 90 - lat (viewBox 0 0 360 180) --------------------
  // Rings crossing the antimeridian (Russia, Fiji) are unwrapped into continuous longitudes
  // and drawn twice, shifted by 360°, the SVG clips the excess. A ring that winds around a pole
  // (Antarctica) is already a closed planar shape and is drawn as is.
  function ringPaths(points) {
    const unwrapped = [[points[0][0], points[0][1]]];
    for (let i = 1; i < points.length; i++) {
      let lon = points[i][0];
      const prev = unwrapped[i - 1][0];
      while (lon - prev > 180) lon -= 360;
      while (lon - prev < -180) lon += 360;
      unwrapped.push([lon, points[i][1]]);
    }
    const winds = Math.abs(unwrapped[unwrapped.length - 1][0] - unwrapped[0][0]) > 180;
    const base = winds ? points : unwrapped;
    const lons = base.map(function (p) { return p[0]; });
    const shifts = [0];
    if (Math.min.apply(null, lons) < -180) shifts.push(360);
    if (Math.max.apply(null, lons) > 180) shifts.push(-360);
    return shifts.map(function (shift) {
      return "M" + base.map(function (p) {
        return (p[0] + shift + 180).toFixed(2) + "," + (90 - p[1]).toFixed(2);
      }).join("L") + "Z";
    }).join("");
  }

  function drawWorld(svg, topo) {
    const arcs = decodeArcs(topo);
    const group = el("g", { class: "countries" });
    for (const geometry of topo.objects.countries.geometries) {
      let d = "";
      for (const polygon of polygons(geometry)) {
        for (const indexes of polygon) d += ringPaths(ring(arcs, indexes));
      }
      if (!d) continue;
      const path = el("path", { d: d, class: "country", "fill-rule": "evenodd" });
      const title = el("title");
      title.textContent = (geometry.properties && geometry.properties.name) || "";
      path.appendChild(title);
      group.appendChild(path);
    }
    // above the sea rectangle, below the markers (drawn after)
    svg.appendChild(group);
  }

  // --- markers ---------------------------------------------------------------------------
  function showPlace(panel, place) {
    panel.replaceChildren();
    const h = document.createElement("h3");
    h.textContent = place.name + " ";
    const meta = document.createElement("small");
    meta.textContent = "(" + (place.kind || "?") + ", ±" + Math.round(place.precision_km || 0) + " km, " +
      place.lat.toFixed(2) + ", " + place.lon.toFixed(2) + ")";
    h.appendChild(meta);
    panel.appendChild(h);
    const list = document.createElement("ul");
    const items = place.events || place.mentions;
    for (const item of items) {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = item.href;
      a.textContent = place.events
        ? (item.date || "----") + " " + item.type + ": " + item.label
        : (item.date || "----") + " mentioned in „" + item.title + "“";
      li.appendChild(a);
      list.appendChild(li);
    }
    panel.appendChild(list);
    panel.hidden = false;
  }

  // layer: "event" (places where events happened) or "mention" (places only mentioned)
  function drawPlaces(svg, places, panel, layer) {
    const group = el("g", { class: "places layer-" + layer });
    for (const place of places) {
      const x = place.lon + 180, y = 90 - place.lat;
      const coarse = (place.precision_km || 0) > PIN_KM;
      const n = (place.events || place.mentions).length;
      let node;
      if (coarse) {
        // precision circle: radius in degrees of latitude, stretched in longitude like the map
        const ry = place.precision_km / KM_PER_DEG;
        const rx = ry / Math.max(Math.cos(place.lat * Math.PI / 180), 0.05);
        node = el("ellipse", { cx: x, cy: y, rx: rx, ry: ry, class: "marker area " + layer });
      } else {
        node = el("circle", { cx: x, cy: y, r: 1.2, class: "marker pin " + layer });
      }
      node.setAttribute("data-place", place.name);
      node.setAttribute("data-lat", place.lat);
      node.setAttribute("data-count", n);
      node.setAttribute("tabindex", "0");
      const title = el("title");
      title.textContent = place.name + " — " + n + (layer === "event" ? " event(s)" : " article(s) mention it") +
        (coarse ? " (±" + Math.round(place.precision_km) + " km)" : "");
      node.appendChild(title);
      const open = function () { showPlace(panel, place); };
      node.addEventListener("click", open);
      node.addEventListener("keydown", function (e) { if (e.key === "Enter") open(); });
      group.appendChild(node);
    }
    svg.appendChild(group);
    return group;
  }

  // --- pan and zoom by changing the viewBox -----------------------------------------------
  function enableZoom(svg) {
    let box = [0, 0, 360, 180];
    const pinSize = function () {
      const r = Math.max(box[2] / 300, 0.08);
      svg.querySelectorAll(".pin").forEach(function (c) { c.setAttribute("r", r.toFixed(3)); });
      svg.style.setProperty("--stroke", (box[2] / 1200).toFixed(4));
    };
    const apply = function () { svg.setAttribute("viewBox", box.map(function (v) { return v.toFixed(3); }).join(" ")); pinSize(); };
    svg.addEventListener("wheel", function (e) {
      e.preventDefault();
      const rect = svg.getBoundingClientRect();
      const fx = (e.clientX - rect.left) / rect.width, fy = (e.clientY - rect.top) / rect.height;
      const f = e.deltaY < 0 ? 0.8 : 1.25;
      const w = Math.min(Math.max(box[2] * f, 2), 360), h = w / 2;
      box = [box[0] + (box[2] - w) * fx, box[1] + (box[3] - h) * fy, w, h];
      apply();
    }, { passive: false });
    let drag = null;
    svg.addEventListener("pointerdown", function (e) { drag = [e.clientX, e.clientY, box[0], box[1]]; });
    window.addEventListener("pointerup", function () { drag = null; });
    svg.addEventListener("pointermove", function (e) {
      if (!drag) return;
      const rect = svg.getBoundingClientRect();
      box[0] = drag[2] - (e.clientX - drag[0]) * box[2] / rect.width;
      box[1] = drag[3] - (e.clientY - drag[1]) * box[3] / rect.height;
      apply();
    });
    const reset = document.getElementById("map-reset");
    if (reset) reset.addEventListener("click", function () { box = [0, 0, 360, 180]; apply(); });
    const focus = function (places) {
      // start zoomed onto the data when it is all in one region
      if (!places.length) return;
      // extent of the markers, a coarse place's whole precision circle included
      let x0 = 360, x1 = 0, y0 = 180, y1 = 0;
      for (const p of places) {
        const r = (p.precision_km || 0) > PIN_KM ? p.precision_km / KM_PER_DEG : 0;
        const rx = r / Math.max(Math.cos(p.lat * Math.PI / 180), 0.05);
        x0 = Math.min(x0, p.lon + 180 - rx); x1 = Math.max(x1, p.lon + 180 + rx);
        y0 = Math.min(y0, 90 - p.lat - r); y1 = Math.max(y1, 90 - p.lat + r);
      }
      const w = Math.min(Math.max((x1 - x0) * 1.4, (y1 - y0) * 2.8, 40), 360);
      box = [Math.max(0, Math.min((x0 + x1) / 2 - w / 2, 360 - w)), Math.max(0, Math.min((y0 + y1) / 2 - w / 4, 180 - w / 2)), w, w / 2];
      apply();
    };
    apply();
    return focus;
  }

  async function main() {
    const holder = document.getElementById("map");
    if (!holder) return;
    const svg = el("svg", { viewBox: "0 0 360 180", class: "world", role: "img", "aria-label": "world map" });
    svg.appendChild(el("rect", { x: -360, y: -180, width: 1080, height: 540, class: "sea" }));
    holder.replaceChildren(svg);
    const panel = document.getElementById("map-panel");
    const status = document.getElementById("map-status");
    try {
      const [world, data] = await Promise.all([
        fetch(holder.dataset.world).then(function (r) { return r.json(); }),
        fetch(holder.dataset.places).then(function (r) { return r.json(); }),
      ]);
      drawWorld(svg, world);
      const mentioned = data.mentioned || [];
      const mentionLayer = drawPlaces(svg, mentioned, panel, "mention");
      drawPlaces(svg, data.places, panel, "event");
      const toggle = document.getElementById("show-mentioned");
      if (toggle) {
        const apply = function () { mentionLayer.style.display = toggle.checked ? "" : "none"; };
        toggle.addEventListener("change", apply);
        apply();
      }
      const focus = enableZoom(svg);
      focus(data.places.length ? data.places : mentioned);
      if (status) {
        status.textContent = data.places.length + " place(s) with " + data.n_events + " event(s)" +
          (mentioned.length ? "; " + mentioned.length + " place(s) mentioned in the latest articles" : "");
      }
      holder.dataset.ready = "1";
    } catch (err) {
      if (status) status.textContent = "map could not be drawn: " + err;
    }
  }

  document.addEventListener("DOMContentLoaded", main);
})();
