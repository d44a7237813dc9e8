# A browser as a client: the page in browser/ (TypeScript, bundled by the
# pinned esbuild with @connectrpc/connect-web's gRPC-Web transport and the
# @kagzi/proto package from dist/) calls the reference server from another
# loopback origin, in Debian's headless Chromium driven by the pinned
# puppeteer-core (which downloads no browser). The test runs the page twice:
# with the server allowing the page's origin (--cors-origin) every check
# must pass; without CORS the page must fail, blocked by the browser's CORS
# policy. See docs/guides/browser.md.

BROWSER_SRC := browser
BROWSER_BUILD := build/browser
BROWSER_STAMP := $(BROWSER_BUILD)/.stamp
# The npm tarball of make npm-package, unpacked where `npm install` of it
# would put it in the page's project, so that tsc and esbuild resolve
# @kagzi/proto through the package's own exports. tar instead of npm
# install: the tarball's one dependency (@bufbuild/protobuf) is the
# repository's pinned one, found in the root node_modules/.
BROWSER_KAGZI_PROTO := $(BROWSER_SRC)/node_modules/@kagzi/proto
ESBUILD := node_modules/.bin/esbuild
# Debian's chromium package: the distribution's browser, with its security
# updates, so not pinned to a version (the test prints the one it ran).
CHROMIUM ?= chromium

.PHONY: browser browser-chromium test-browser

TEST_TARGETS += test-browser

browser: $(BROWSER_STAMP) ## Type-check and bundle the browser page and its test into build/browser/.

$(BROWSER_KAGZI_PROTO)/package.json: $(TS_PACKAGE_STAMP)
	rm -rf $(BROWSER_KAGZI_PROTO) && mkdir -p $(BROWSER_KAGZI_PROTO)
	tar -xzf $$(ls $(DIST)/kagzi-proto-*.tgz) -C $(BROWSER_KAGZI_PROTO) --strip-components=1
	@touch $@

# The page for the browser (one ES module, app.js, next to index.html) and
# the test for Node (its npm packages left as imports, found in node_modules/).
$(BROWSER_STAMP): $(BROWSER_KAGZI_PROTO)/package.json $(NODE_STAMP) $(BROWSER_SRC)/index.html \
    $(BROWSER_SRC)/tsconfig.json $(wildcard $(BROWSER_SRC)/src/*.ts $(BROWSER_SRC)/test/*.ts)
	$(TSC) -p $(BROWSER_SRC)/tsconfig.json
	rm -rf $(BROWSER_BUILD)/site && mkdir -p $(BROWSER_BUILD)/site
	cp $(BROWSER_SRC)/index.html $(BROWSER_BUILD)/site/
	$(ESBUILD) $(BROWSER_SRC)/src/app.ts --bundle --format=esm --platform=browser --target=es2022 \
	  --log-level=warning --outfile=$(BROWSER_BUILD)/site/app.js
	$(ESBUILD) $(BROWSER_SRC)/test/drive.ts --bundle --format=esm --platform=node --target=node20 \
	  --packages=external --log-level=warning --outfile=$(BROWSER_BUILD)/drive.mjs
	@touch $@

# Installs Debian's chromium when there is no `$(CHROMIUM)` on the PATH
# (CI runs as root; elsewhere through sudo).
browser-chromium: ## Install Debian's chromium package when it is missing.
	@command -v $(CHROMIUM) >/dev/null && exit 0; \
	  if [[ $$(id -u) -eq 0 ]]; then sudo=; \
	  elif command -v sudo >/dev/null; then sudo=sudo; \
	  else echo "browser-chromium: no $(CHROMIUM); install Debian's chromium package (root needed)" >&2; exit 1; fi; \
	  echo "browser-chromium: apt-get install chromium"; \
	  $$sudo apt-get update -qq && \
	  $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null && \
	  command -v $(CHROMIUM) >/dev/null

# Screenshots of both runs land in build/browser/ (screenshot.png is the
# working page). The second run exits 0 only when the page failed with the
# browser reporting a CORS block (browser/test/drive.ts).
test-browser: $(BROWSER_STAMP) browser-chromium $(REFERENCE_SERVER) ## Run the browser page in headless Chromium against the reference server, with CORS (passes) and without (must fail).
	node $(BROWSER_BUILD)/drive.mjs --server-bin $(REFERENCE_SERVER) --site $(BROWSER_BUILD)/site \
	  --chromium "$$(command -v $(CHROMIUM))" --cors on --screenshot $(BROWSER_BUILD)/screenshot.png
	node $(BROWSER_BUILD)/drive.mjs --server-bin $(REFERENCE_SERVER) --site $(BROWSER_BUILD)/site \
	  --chromium "$$(command -v $(CHROMIUM))" --cors off --screenshot $(BROWSER_BUILD)/screenshot-cors-off.png
