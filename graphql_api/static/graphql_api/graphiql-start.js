/* GraphiQL for the public API, from this service's own static files (no CDN, no inline script).
 * Queries go to the endpoint with the same limits as any partner's; the API key typed above the
 * editor (kept for this browser tab only) is sent in the key header. */
(function () {
  "use strict";
  var root = document.getElementById("graphiql");
  var endpoint = root.dataset.endpoint;
  var keyHeader = root.dataset.keyHeader;
  var keyInput = document.getElementById("vng-key-input");
  keyInput.value = sessionStorage.getItem("vng-api-key") || "";
  keyInput.addEventListener("input", function () {
    sessionStorage.setItem("vng-api-key", keyInput.value);
  });
  document.getElementById("vng-key").addEventListener("submit", function (event) {
    event.preventDefault();
  });

  function fetcher(params, options) {
    var headers = { "Content-Type": "application/json", Accept: "application/json" };
    var extra = (options && options.headers) || {};
    Object.keys(extra).forEach(function (name) { headers[name] = extra[name]; });
    if (keyInput.value) { headers[keyHeader] = keyInput.value; }
    return fetch(endpoint, {
      method: "POST",
      headers: headers,
      body: JSON.stringify(params),
      credentials: "omit",
    }).then(function (response) { return response.json(); });
  }

  root.textContent = "";
  ReactDOM.createRoot(root).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: '{\n  locales { code name }\n}\n',
      isHeadersEditorEnabled: true,
    })
  );
})();
