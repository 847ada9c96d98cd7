# The cache front of the scaled shape: Varnish in front of two (or more) Next.js web instances.
#
#   reader ──► Varnish (this file) ──round robin, health-probed──► web instances ──► shared cache (Redis)
#
# What it does, in order of the subroutines below:
# - answers PURGE from the web tier (soft purge by surrogate key, `xkey` vmod), only from `purgers` and
#   with the shared secret;
# - passes what must never be shared: draft-mode (preview) traffic, the API routes, the search page;
# - normalises URLs so tracking parameters neither split the cache nor reach the site (reader privacy);
# - caches pages, feeds and sitemaps for an hour (they are purged on publish), Next's build assets and
#   optimised images for long, and serves stale copies in grace while a page is re-fetched, or while the
#   web tier is down.
# Concurrent misses for one URL are coalesced by Varnish itself (one backend fetch, the others wait).
#
# The backends, the director `web` and the ACL `purgers` are not here: they depend on where the web
# instances run, so each way of starting the front provides `front-backends.vcl` in a directory on
# varnishd's vcl_path, written by docker/varnish/write-backends.mjs (scripts/start-front.sh,
# e2e/support/front.ts; docker/varnish/compose-backends.vcl for docker-compose).
# The purge secret comes from the environment of varnishd: FRONT_PURGE_SECRET.

vcl 4.1;

import std;
import directors;
import xkey;

# A web instance is up when it answers a page that needs neither the CMS nor the cache (robots.txt is
# rendered per request from configuration). Three good answers of the last five.
probe web_health {
    .request =
        "GET /robots.txt HTTP/1.1"
        "Host: localhost"
        "User-Agent: varnish-probe"
        "Connection: close";
    .expected_response = 200;
    .interval = 2s;
    .timeout = 2s;
    .window = 5;
    .threshold = 3;
    .initial = 3;
}

include "front-backends.vcl";

sub vcl_recv {
    set req.backend_hint = web.backend();

    # --- Purge by surrogate key: from the web tier only, with the secret. -------------------------------
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        # std.getenv returns "" when unset: an unset secret refuses every purge.
        if (std.getenv("FRONT_PURGE_SECRET") == "" ||
            req.http.X-Purge-Secret != std.getenv("FRONT_PURGE_SECRET")) {
            return (synth(403, "Forbidden"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "Missing xkey-purge header"));
        }
        # Soft: the objects become stale but stay for grace, so the next reader gets the old copy at once
        # while one background fetch brings the new page (no wave of misses after a publish).
        set req.http.X-Purged = xkey.softpurge(req.http.xkey-purge);
        return (synth(200, "Purged"));
    }
    unset req.http.X-Purge-Secret;

    if (req.method != "GET" && req.method != "HEAD") {
        # The webhook (POST /api/revalidate) and anything else that changes state goes to the web tier.
        return (pass);
    }

    # --- Reader privacy and one cache entry per page: drop tracking parameters, sort the rest. ----------
    # utm_*, click ids of ad networks (fbclid, gclid, dclid, msclkid, yclid, twclid, ttclid, wbraid,
    # gbraid, li_fat_id, igshid), mailing-list ids (mc_cid, mc_eid, _hsenc, _hsmi, mkt_tok) and Google
    # Analytics linkers (_ga, _gl), with or without a value, in any letter case.
    if (req.url ~ "\?") {
        set req.url = regsuball(req.url,
            "(?i)([?&])(utm_[a-z0-9_]*|fbclid|gclid|gclsrc|dclid|msclkid|yclid|twclid|ttclid|wbraid|gbraid|li_fat_id|igshid|mc_cid|mc_eid|_hsenc|_hsmi|mkt_tok|_ga|_gl)(=[^&]*)?(?=&|$)",
            "\1");
        # Tidy what the removal left: "?&a=1" → "?a=1", "a=1&&b=2" → "a=1&b=2", a trailing "?" or "&".
        set req.url = regsuball(req.url, "&{2,}", "&");
        set req.url = regsub(req.url, "\?&+", "?");
        set req.url = regsub(req.url, "[?&]+$", "");
        set req.url = std.querysort(req.url);
    }

    # --- Never shared. -----------------------------------------------------------------------------------
    # Draft mode (the editors' preview) is a cookie set by /api/preview: such a request sees drafts and
    # must neither be answered from the cache nor stored in it.
    if (req.http.Cookie ~ "(^|;\s*)(__prerender_bypass|__next_preview_data)=") {
        return (pass);
    }
    # The API: the webhook, preview entry/exit, and /api/search (per-query JSON behind a per-reader rate
    # limit that counts by address: caching it would hand one reader's 429 to others and let arbitrary
    # query strings fill the cache, for little gain since the site caches the CMS data behind it).
    # The search page is per query and rate-limited for the same reasons.
    if (req.url ~ "^/api/" || req.url ~ "^/[a-z]{2}/search(/|\?|$)") {
        return (pass);
    }
    if (req.http.Authorization) {
        return (pass);
    }

    # --- Cacheable from here: the site sets no cookies on public pages, so none are needed. -----------
    unset req.http.Cookie;

    # Optimised images vary on Accept (AVIF, WebP or the original format): keep one variant per format
    # instead of one per browser's exact Accept string.
    if (req.url ~ "^/_next/image\?") {
        if (req.http.Accept ~ "image/avif") {
            set req.http.Accept = "image/avif";
        } else if (req.http.Accept ~ "image/webp") {
            set req.http.Accept = "image/webp";
        } else {
            set req.http.Accept = "*/*";
        }
    }
    return (hash);
}

sub vcl_hash {
    # One site behind this front: the Host a reader typed (localhost, 127.0.0.1, a public name) does not
    # change the page (absolute URLs come from SITE_URL), so it does not split the cache.
    hash_data(req.url);
    return (lookup);
}

sub vcl_backend_fetch {
    # (X-Forwarded-For, which Varnish appends, is what the web tier's search rate limit counts by:
    # TRUST_PROXY=true.)
    # No conditional re-fetches: the web tier's 304 carries neither Cache-Control nor `xkey`, and the copy
    # refreshed from it would lose its surrogate keys (and could no longer be purged). Full answers come
    # from the web tier's own cache anyway.
    unset bereq.http.If-None-Match;
    unset bereq.http.If-Modified-Since;
}

sub vcl_backend_response {
    # A background re-fetch (after a purge or TTL) that fails keeps the stale copy in grace instead of
    # replacing it: a CMS outage during a publish leaves readers on the last good page.
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        return (abandon);
    }
    # Errors are never kept: the next request asks again.
    if (beresp.status >= 500) {
        set beresp.ttl = 0s;
        set beresp.uncacheable = true;
        return (deliver);
    }

    # Grace: how long a copy past its TTL may still be served while a fresh one is fetched, or while
    # the web tier is down. Long, because a purge only makes objects stale.
    set beresp.grace = 24h;

    if (bereq.url ~ "^/_next/static/") {
        # Content-hashed build assets.
        set beresp.ttl = 365d;
        return (deliver);
    }

    # Next answered with its own stale copy while it renders a new one (x-nextjs-cache: STALE, sent
    # without Cache-Control), or gave no caching instructions at all: keep it a second, so the next
    # reader's request brings the regenerated page (served from grace meanwhile).
    if (!beresp.http.Set-Cookie && (beresp.http.x-nextjs-cache == "STALE" || !beresp.http.Cache-Control)) {
        set beresp.ttl = 1s;
        return (deliver);
    }

    if (beresp.http.xkey && (beresp.status == 200 || beresp.status == 404) &&
        beresp.http.Cache-Control !~ "(?i)(private|no-store)" && !beresp.http.Set-Cookie) {
        # Pages, feeds and sitemaps that name their cache tags are purged on publish, so the front may
        # keep them much longer than the web tier's Cache-Control (seconds, meant for caches that are
        # not purged). The hour bounds how stale a page can be if a purge were ever lost.
        set beresp.ttl = 1h;
        # Compressed once here, sent compressed to every reader that accepts gzip.
        if (beresp.http.Content-Type ~ "(?i)^(text/|application/(rss\+|atom\+)?xml|application/json)") {
            set beresp.do_gzip = true;
        }
        return (deliver);
    }
    # Everything else (images, responses without tags) follows the web tier's Cache-Control: the
    # built-in rules cache what is public for its s-maxage/max-age and never what is private or sets a
    # cookie.
}

sub vcl_deliver {
    # Where the answer came from, for people and tests: HIT, HIT-STALE (served in grace), MISS or PASS.
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } else if (obj.hits > 0 && obj.ttl <= 0s) {
        set resp.http.X-Cache = "HIT-STALE";
    } else if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    # Surrogate keys name documents and are of use to the web tier only.
    if (client.ip !~ purgers) {
        unset resp.http.xkey;
    }
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}

sub vcl_synth {
    if (req.method == "PURGE") {
        set resp.http.Content-Type = "text/plain; charset=utf-8";
        if (resp.status == 200) {
            set resp.http.X-Purged = req.http.X-Purged;
            set resp.body = "soft-purged " + req.http.X-Purged + " objects" + {"
"};
        } else {
            set resp.body = resp.reason + {"
"};
        }
        return (deliver);
    }
}

sub vcl_backend_error {
    # A background re-fetch that found no web instance: keep serving the stale copy.
    if (bereq.is_bgfetch) {
        return (abandon);
    }
    # An instance that just went down (before the probe notices): try once more; the round-robin
    # director hands the retry to the next instance.
    if (bereq.retries < 1) {
        return (retry);
    }
    # No web instance answered and no stale copy was left to serve. Not cached.
    set beresp.ttl = 0s;
    set beresp.grace = 0s;
    set beresp.http.Content-Type = "text/html; charset=utf-8";
    set beresp.http.Retry-After = "30";
    set beresp.http.Cache-Control = "private, no-store";
    set beresp.body = {"<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Temporarily unavailable · No disponible por el momento</title></head><body><main><h1>Temporarily unavailable · No disponible por el momento</h1><p>Please try again in a minute. · Vuelva a intentarlo en un minuto.</p><p>If you are in crisis, call your local emergency number.</p></main></body></html>"};
    return (deliver);
}
