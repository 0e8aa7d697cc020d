// Starts the vendored Swagger UI (no inline script: the page's CSP forbids it).
"use strict";
window.addEventListener("DOMContentLoaded", function () {
  const holder = document.getElementById("swagger-ui");
  // eslint-disable-next-line no-undef
  window.ui = SwaggerUIBundle({ url: holder.dataset.spec, dom_id: "#swagger-ui", deepLinking: true });
});
