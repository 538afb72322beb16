"""Supervisor web pages (Chinese first, ``?lang=en`` for English): stations and their sync health,
figures per station, records with clock problems, enrolment QR codes, reference-data editing, SMS
queue, exports."""

from __future__ import annotations

import json
from html import escape
from urllib.parse import parse_qsl, quote

from sqlalchemy import func, select
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from station.hub import exports, reference, sms, stations, supervisors
from station.hub import tables as t
from station.hub.admin_html import TEXTS, local_minute, page, qr_png_data_uri, table, tr
from station.sync import wire

COOKIE = "vs_hub_session"


def _hub(request: Request):
    return request.app.state.hub


def _lang(request: Request) -> str:
    return "en" if request.query_params.get("lang") == "en" or request.cookies.get("vs_lang") == "en" else "zh"


async def _session(request: Request) -> dict | None:
    return await run_in_threadpool(supervisors.session, _hub(request).engine, request.cookies.get(COOKIE))


async def _form(request: Request) -> dict[str, str]:
    body = await request.body()
    if len(body) > 2 << 20:
        return {}
    return dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))


def _guard(handler):
    async def run(request: Request) -> Response:
        sess = await _session(request)
        if sess is None:
            return RedirectResponse("/admin/login", status_code=303)
        if request.method == "POST":
            form = await _form(request)
            if form.get("csrf") != sess["csrf"] and request.headers.get("x-csrf") != sess["csrf"]:
                return HTMLResponse("csrf", status_code=403)
            request.state.form = form
        request.state.session = sess
        return await handler(request)

    return run


async def login_page(request: Request) -> Response:
    lang = _lang(request)
    error, status = "", 200
    if request.method == "POST":
        form = await _form(request)
        res = await run_in_threadpool(supervisors.attempt, _hub(request).engine, form.get("name", ""),
                                      form.get("password", ""), request.client.host if request.client else "")
        if res.token:
            resp = RedirectResponse("/admin", status_code=303)
            resp.set_cookie(COOKIE, res.token, httponly=True, samesite="strict", max_age=12 * 3600)
            return resp
        if res.locked:
            status = 429
            msg = tr(lang, f"locked_{res.locked}").format(n=supervisors.NAME_LIMIT,
                                                         until=local_minute(res.locked_until))
        else:
            msg = tr(lang, "login_failed")
        error = f"<p class=err>{msg}</p>"
    body = (f"{error}<form method=post><label>{tr(lang, 'name')} <input name=name></label> "
            f"<label>{tr(lang, 'password')} <input name=password type=password></label> "
            f"<button>{tr(lang, 'login')}</button></form>")
    return HTMLResponse(page(lang, tr(lang, "login"), body, None), status_code=status)


@_guard
async def logout(request: Request) -> Response:
    await run_in_threadpool(supervisors.logout, _hub(request).engine, request.cookies.get(COOKIE, ""))
    resp = RedirectResponse("/admin/login", status_code=303)
    resp.delete_cookie(COOKIE)
    return resp


def _overview(engine) -> tuple[list, dict, dict, dict]:
    with engine.begin() as conn:
        sts = conn.execute(select(t.station).order_by(t.station.c.station_code)).mappings().all()
        inc = {}
        for r in conn.execute(select(t.incarnation.c.station_id, func.sum(t.incarnation.c.max_seq_seen
                                                                          - t.incarnation.c.contiguous_seq))
                              .group_by(t.incarnation.c.station_id)):
            inc[r[0]] = r[1] or 0
        conf = dict(conn.execute(select(t.conflict.c.station_id, func.count()).group_by(t.conflict.c.station_id)).all())
        kinds: dict[str, dict[str, int]] = {}
        for sid, kind, n in conn.execute(select(t.record.c.station_id, t.record.c.kind, func.count())
                                         .group_by(t.record.c.station_id, t.record.c.kind)):
            kinds.setdefault(sid, {})[kind] = n
        reported = {k.removeprefix("station_status:"): json.loads(v) for k, v in conn.execute(
            select(t.setting.c.key, t.setting.c.value).where(t.setting.c.key.like("station_status:%")))}
    return sts, inc, conf, {"kinds": kinds, "reported": reported}


def figures(kinds: dict[str, int]) -> dict[str, int]:
    def count(prefix: str) -> int:
        return sum(n for k, n in kinds.items() if k == prefix or (prefix.endswith(".") and k.startswith(prefix)))
    return {"parcel_in": count("parcel.taken_in"), "parcel_out": count("parcel.handed_over"),
            "purchases": count("purchase."), "produce": count("produce."), "records": sum(kinds.values())}


@_guard
async def home(request: Request) -> Response:
    lang = _lang(request)
    sts, gaps, conf, extra = await run_in_threadpool(_overview, _hub(request).engine)
    judged, flagged = await run_in_threadpool(_clock_counts, _hub(request).engine)
    rows = []
    for s in sts:
        f = figures(extra["kinds"].get(s["station_id"], {}))
        rep = extra["reported"].get(s["station_id"], {})
        rows.append([f'<a href="/admin/stations/{s["station_id"]}">{s["station_code"]}</a>',
                     tr(lang, s["status"]), s["last_sync_at"] or "-", rep.get("pending", "?"),
                     rep.get("quarantined", "?"), gaps.get(s["station_id"], 0), conf.get(s["station_id"], 0),
                     _clock_link(s["station_id"], flagged.get(s["station_id"], 0)),
                     f["parcel_in"], f["parcel_out"], f["purchases"], f["produce"], f["records"]])
    head = [tr(lang, k) for k in ("station", "status", "last_sync", "waiting", "quarantined", "gaps",
                                  "conflicts", "clock_flags", "parcel_in", "parcel_out", "purchases", "produce",
                                  "records")]
    body = _pending_note(lang, judged) + table(head, rows, raw_cols={0, 7})
    return HTMLResponse(page(lang, tr(lang, "stations"), body, request.state.session))


def _clock_counts(engine) -> tuple[bool, dict[str, int]]:
    return stations.sweep_clock_flags(engine), stations.clock_flag_counts(engine)


def _clock_link(station_id: str, n: int) -> str:
    return f'<a href="/admin/stations/{quote(station_id, safe="")}/clock">{n}</a>' if n else "0"


def _pending_note(lang: str, judged: bool) -> str:
    return "" if judged else f"<p class=err>{tr(lang, 'clock_pending')}</p>"


def _clock_reason(lang: str, flags: int, offset_ms: int | None) -> str:
    reasons = []
    if flags & stations.CLOCK_OFF and offset_ms is not None:
        reasons.append(tr(lang, "clock_off").format(n=round(abs(offset_ms) / 60_000)))
    if flags & stations.CLOCK_FUTURE:
        reasons.append(tr(lang, "clock_future"))
    return "；".join(reasons) if lang != "en" else "; ".join(reasons)


@_guard
async def clock_page(request: Request) -> Response:
    lang = _lang(request)
    engine = _hub(request).engine
    sid = request.path_params["station_id"]

    def load():
        judged = stations.sweep_clock_flags(engine)
        with engine.begin() as conn:
            code = conn.execute(select(t.station.c.station_code).where(t.station.c.station_id == sid)).scalar()
        return judged, code, stations.flagged_records(engine, sid)

    judged, code, recs = await run_in_threadpool(load)
    if code is None:
        return HTMLResponse("not found", status_code=404)
    rows = [[code, r["incarnation_id"][:8], r["seq"], r["kind"], r["created_wall"],
             "-" if r["clock_offset_ms"] is None else f"{r['clock_offset_ms'] / 60_000:+.1f}", r["received_at"],
             _clock_reason(lang, r["clock_flags"], r["clock_offset_ms"])] for r in recs]
    head = [tr(lang, k) for k in ("station", "incarnation", "seq", "kind", "created_wall", "offset_min",
                                  "received_at", "reason")]
    more = (f"<p>{tr(lang, 'clock_shown').format(n=stations.FLAGGED_SHOWN)}</p>"
            if len(recs) >= stations.FLAGGED_SHOWN else "")
    body = f"{_pending_note(lang, judged)}<p>{tr(lang, 'clock_help')}</p>{more}" + table(head, rows)
    return HTMLResponse(page(lang, f"{code} · {tr(lang, 'clock_title')}", body, request.state.session))


@_guard
async def station_page(request: Request) -> Response:
    lang = _lang(request)
    engine = _hub(request).engine
    sid = request.path_params["station_id"]
    if request.method == "POST":
        action = request.state.form.get("action")
        if action in ("revoked", "active"):
            await run_in_threadpool(stations.set_status, engine, sid, action)
        elif action in ("relay_on", "relay_off"):
            await run_in_threadpool(stations.set_relay, engine, sid, action == "relay_on")
        return RedirectResponse(f"/admin/stations/{sid}", status_code=303)

    def load():
        with engine.begin() as conn:
            s = conn.execute(select(t.station).where(t.station.c.station_id == sid)).mappings().first()
            incs = conn.execute(select(t.incarnation).where(t.incarnation.c.station_id == sid)).mappings().all()
            cfs = conn.execute(select(t.conflict).where(t.conflict.c.station_id == sid)
                               .order_by(t.conflict.c.id.desc()).limit(100)).mappings().all()
            days = conn.execute(select(t.record.c.day, t.record.c.kind, func.count(), func.sum(t.record.c.amount_fen))
                                .where(t.record.c.station_id == sid).group_by(t.record.c.day, t.record.c.kind)
                                .order_by(t.record.c.day.desc()).limit(300)).all()
        return s, incs, cfs, days, _clock_counts(engine)[1].get(sid, 0)

    s, incs, cfs, days, flagged = await run_in_threadpool(load)
    if s is None:
        return HTMLResponse("not found", status_code=404)
    csrf = request.state.session["csrf"]
    actions = "".join(
        f'<form method=post style="display:inline"><input type=hidden name=csrf value="{csrf}">'
        f'<button name=action value="{a}">{tr(lang, a)}</button></form> '
        for a in ("revoked" if s["status"] == "active" else "active", "relay_off" if s["relay"] else "relay_on"))
    body = (f"<p>{s['station_code']} · {sid} · {tr(lang, s['status'])} · {tr(lang, 'key')} "
            f"{wire.key_fingerprint(s['public_key'])}</p>{actions}"
            f"<p>{tr(lang, 'clock_flags')}: {_clock_link(sid, flagged)}</p><h2>{tr(lang, 'incarnations')}</h2>"
            + table([tr(lang, "incarnation"), tr(lang, "watermark"), tr(lang, "max_seen"), tr(lang, "last_sync")],
                    [[i["incarnation_id"], i["contiguous_seq"], i["max_seq_seen"], i["last_batch_at"]] for i in incs])
            + f"<h2>{tr(lang, 'conflicts')}</h2>"
            + table(["seq", tr(lang, "reason"), "record_id", tr(lang, "detected")],
                    [[c["seq"], c["reason"], c["record_id"], c["detected_at"]] for c in cfs])
            + f"<h2>{tr(lang, 'by_day')}</h2>"
            + table([tr(lang, "day"), tr(lang, "kind"), tr(lang, "records"), "amount_fen"], [list(d) for d in days]))
    return HTMLResponse(page(lang, s["station_code"], body, request.state.session))


@_guard
async def enrol_page(request: Request) -> Response:
    lang = _lang(request)
    hub = _hub(request)
    csrf = request.state.session["csrf"]
    body = (f"<form method=post><input type=hidden name=csrf value='{csrf}'><label>{tr(lang, 'station_code')} "
            f"<input name=code required></label> <button>{tr(lang, 'create_token')}</button></form>")
    if request.method == "POST":
        code = request.state.form.get("code", "").strip()[:64]
        token = await run_in_threadpool(stations.create_enrol_token, hub.engine, code)
        payload = wire.qr_payload(hub.config.public_url, token, hub.fp)
        body += (f"<p>{tr(lang, 'scan_qr')}</p><img alt=QR src='{qr_png_data_uri(payload)}'>"
                 f"<pre class=payload>{payload}</pre>")
    return HTMLResponse(page(lang, tr(lang, "enrol"), body, request.state.session))


@_guard
async def ref_list(request: Request) -> Response:
    lang = _lang(request)
    cur = await run_in_threadpool(reference.cursors, _hub(request).engine)
    names = sorted(set(reference.DATASETS) | set(cur))
    rows = [[f'<a href="/admin/ref/{n}">{tr(lang, n)}</a>', cur.get(n, (0, ""))[0], cur.get(n, (0, ""))[1][:16]]
            for n in names]
    return HTMLResponse(page(lang, tr(lang, "reference"), table([tr(lang, "dataset"), tr(lang, "version"),
                                                                 "checksum"], rows, raw_cols={0}),
                             request.state.session))


@_guard
async def ref_edit(request: Request) -> Response:
    lang = _lang(request)
    engine = _hub(request).engine
    name = request.path_params["dataset"]
    if not reference.NAME.match(name):
        return HTMLResponse("bad dataset", status_code=400)
    msg = ""
    text = None
    if request.method == "POST":
        text = request.state.form.get("json", "")
        try:
            obj = json.loads(text)
            if not isinstance(obj, dict):
                raise ValueError
            seq = await run_in_threadpool(reference.replace_dataset, engine, name, obj)
            msg = f"<p class=ok>{tr(lang, 'saved')} #{seq}</p>"
            text = None
        except ValueError:
            msg = f"<p class=err>{tr(lang, 'bad_json')}</p>"
    if text is None:
        text = json.dumps(await run_in_threadpool(reference.current, engine, name), ensure_ascii=False, indent=2,
                          sort_keys=True)
    csrf = request.state.session["csrf"]
    own_help = f"ref_help_{name}"
    help_text = tr(lang, "ref_help") + (" " + tr(lang, own_help) if own_help in TEXTS else "")
    body = (f"{msg}<p>{escape(help_text)}</p><form method=post><input type=hidden name=csrf value='{csrf}'>"
            f"<textarea name=json rows=24 cols=100>{escape(text)}</textarea><br><button>{tr(lang, 'save')}</button>"
            "</form>")
    return HTMLResponse(page(lang, tr(lang, name), body, request.state.session))


@_guard
async def sms_page(request: Request) -> Response:
    lang = _lang(request)
    items = await run_in_threadpool(sms.listing, _hub(request).engine)
    rows = [[i["created_at"], i["station_id"][:8], i["phone"][:3] + "****" + i["phone"][-4:], i["text"],
             tr(lang, i["state"])] for i in items]
    return HTMLResponse(page(lang, tr(lang, "sms"), table([tr(lang, "time"), tr(lang, "station"), tr(lang, "phone"),
                                                          tr(lang, "text"), tr(lang, "status")], rows),
                             request.state.session))


@_guard
async def export(request: Request) -> Response:
    q = request.query_params
    fmt = q.get("fmt", "csv")
    data = await run_in_threadpool(exports.export_records, _hub(request).engine, fmt, q.get("from") or None,
                                   q.get("to") or None, q.get("station") or None)
    media = ("text/csv; charset=utf-8" if fmt == "csv"
             else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    return Response(data, media_type=media,
                    headers={"Content-Disposition": f'attachment; filename="records.{"csv" if fmt == "csv" else "xlsx"}"'})


@_guard
async def export_page(request: Request) -> Response:
    lang = _lang(request)
    body = (f"<form method=get action=/admin/export.file><label>{tr(lang, 'from')} <input name=from type=date>"
            f"</label> <label>{tr(lang, 'to')} <input name=to type=date></label> <label>{tr(lang, 'station')} "
            f"<input name=station></label> <select name=fmt><option value=xlsx>XLSX</option><option value=csv>CSV"
            f"</option></select> <button>{tr(lang, 'export')}</button></form>"
            f"<h2>{tr(lang, 'sneakernet')}</h2><p>{tr(lang, 'sneakernet_help')}</p>"
            "<input type=file id=f> <button onclick=\"up()\">OK</button><script>"
            "async function up(){const f=document.getElementById('f').files[0];if(!f)return;"
            "const r=await fetch('/admin/sneakernet',{method:'POST',body:await f.arrayBuffer(),"
            f"headers:{{'x-csrf':'{request.state.session['csrf']}'}}}});const b=await r.blob();"
            "const a=document.createElement('a');a.href=URL.createObjectURL(b);a.download='ack.vsack';a.click();}"
            "</script>")
    return HTMLResponse(page(lang, tr(lang, "export"), body, request.state.session))


async def sneakernet_upload(request: Request) -> Response:
    sess = await _session(request)
    if sess is None or request.headers.get("x-csrf") != sess["csrf"]:
        return Response(status_code=403)
    from station.hub import sneakernet

    body = await request.body()
    try:
        ack = await sneakernet.import_file(request.app, body)
    except ValueError as e:
        return Response(str(e), status_code=400)
    return Response(ack, media_type="application/octet-stream")


routes = [
    Route("/admin/login", login_page, methods=["GET", "POST"]),
    Route("/admin/logout", logout, methods=["POST"]),
    Route("/admin", home),
    Route("/admin/stations/{station_id}", station_page, methods=["GET", "POST"]),
    Route("/admin/stations/{station_id}/clock", clock_page),
    Route("/admin/enrol", enrol_page, methods=["GET", "POST"]),
    Route("/admin/ref", ref_list),
    Route("/admin/ref/{dataset}", ref_edit, methods=["GET", "POST"]),
    Route("/admin/sms", sms_page),
    Route("/admin/export", export_page),
    Route("/admin/export.file", export),
    Route("/admin/sneakernet", sneakernet_upload, methods=["POST"]),
]
