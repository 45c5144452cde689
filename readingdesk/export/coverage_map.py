"""The coverage map as Markdown, HTML or CSV: one row per fact, one column per source."""

from __future__ import annotations

import csv
import html
import io

from readingdesk.analysis.coverage import SYMBOLS, build_rows, legend, sort_rows, totals
from readingdesk.analysis.model import Analysis
from readingdesk.export.common import html_page, stamp


def export_map(analysis: Analysis, fmt: str, *, order: str = "coverage") -> str:
    rows = sort_rows(analysis, build_rows(analysis), order, analysis.articles[0].id if analysis.articles else None)
    sources = [a.source for a in analysis.articles]
    ids = [a.id for a in analysis.articles]
    summary = totals(analysis, rows)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["row", "kind", "gist", *sources, "sources"])
        for row in rows:
            writer.writerow([row.id, row.kind, row.gist, *(row.cells[i] for i in ids), row.sources])
        writer.writerow(["total", "facts", "", *(t.facts for t in summary), ""])
        writer.writerow(["total", "only here", "", *(t.exclusives for t in summary), ""])
        writer.writerow(["total", "share", "", *(f"{t.share:.3f}" for t in summary), ""])
        return out.getvalue()
    if fmt == "md":

        def cell(text: str) -> str:
            return text.replace("|", "\\|")

        lines = [f"# Coverage map — {analysis.corpus.name}", "",
                 f"{legend(analysis)}. Exported {stamp()}.", "",
                 "| Fact | " + " | ".join(cell(s) for s in sources) + " | Sources |",
                 "| --- | " + " | ".join(":-:" for _ in sources) + " | --: |"]  # fmt: skip
        for row in rows:
            label = cell(row.gist) if row.kind == "fact" else f"*{cell(row.gist)}*"
            lines.append(f"| {label} | " + " | ".join(SYMBOLS[row.cells[i]] for i in ids) + f" | {row.sources} |")
        lines.append("| **facts** | " + " | ".join(str(t.facts) for t in summary) + " | |")
        lines.append("| **only here** | " + " | ".join(str(t.exclusives) for t in summary) + " | |")
        lines.append("| **share** | " + " | ".join(f"{t.share:.0%}" for t in summary) + " | |")
        return "\n".join(lines) + "\n"
    if fmt == "html":
        esc = html.escape
        body = [f"<h1>Coverage map — {esc(analysis.corpus.name)}</h1>",
                f"<p class=\"meta\">{esc(legend(analysis))}</p>",
                "<table><thead><tr><th>Fact</th>" + "".join(f"<th>{esc(s)}</th>" for s in sources)
                + "<th>Sources</th></tr></thead><tbody>"]  # fmt: skip
        for row in rows:
            label = esc(row.gist) if row.kind == "fact" else f"<em>{esc(row.gist)}</em>"
            cells = "".join(f'<td class="{row.cells[i]}">{SYMBOLS[row.cells[i]]}</td>' for i in ids)
            body.append(f"<tr><td>{label}</td>{cells}<td>{row.sources}</td></tr>")
        body.append("</tbody><tfoot>")
        body.append("<tr><th>facts</th>" + "".join(f"<td>{t.facts}</td>" for t in summary) + "<td></td></tr>")
        body.append("<tr><th>only here</th>" + "".join(f"<td>{t.exclusives}</td>" for t in summary) + "<td></td></tr>")
        body.append("<tr><th>share</th>" + "".join(
            f"<td><span class=\"bar\" style=\"width:{t.share * 4:.2f}em\"></span> {t.share:.0%}</td>" for t in summary
        ) + "<td></td></tr></tfoot></table>")  # fmt: skip
        page = html_page(f"Coverage map — {analysis.corpus.name}", body)
        style = ("table { border-collapse: collapse; } td, th { border: 1px solid #ddd; padding: .2em .5em; }"
                 " td.conflict { color: #c0392b; font-weight: bold; } td.missing { color: #aaa; }"
                 " td.near { color: #b7791f; } td.elsewhere { color: #ccc; }"
                 " .bar { display: inline-block; height: .8em; background: #0072b2; }")  # fmt: skip
        return page.replace("</style>", style + "</style>", 1)
    raise ValueError(f"unknown export format {fmt!r}")
