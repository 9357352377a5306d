"""``make release``: everything a publisher hands out for one version, in one folder.

``_build/release/samarbeidsboka-<VERSION>/`` gets the built site (``nettsted/``), the same
site as a ZIP for static hosts, the offline edition (``make offline``) and the whole book as PDF
(``make pdf``; ``make release`` makes both first), and ``SHA256SUMS``. Warns (does not fail) while publisher facts are placeholders.
"""

from __future__ import annotations

import hashlib
import shutil
import sys
import zipfile
from pathlib import Path

from book import ROOT
from book.ext.publishing import PLACEHOLDER, version

SITE = ROOT / "_build" / "html"
RELEASES = ROOT / "_build" / "release"
EXTRAS = {  # made by other targets -> name in the release folder ({name} = samarbeidsboka-<VERSION>)
    ROOT / "_build" / "samarbeidsboka-offline.zip": "{name}-offline.zip",
    ROOT / "_build" / "samarbeidsboka.pdf": "{name}.pdf",
}


def zip_folder(folder: Path, target: Path, root_name: str) -> None:
    """A ZIP with fixed timestamps, so the same site gives the same bytes."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(
                f"{root_name}/{path.relative_to(folder).as_posix()}", date_time=(1980, 1, 1, 0, 0, 0)
            )
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, path.read_bytes())


def placeholders(config_text: str) -> list[str]:
    return [
        line.split(":")[0].strip()
        for line in config_text.splitlines()
        if PLACEHOLDER in line and not line.lstrip().startswith("#")
    ]


def make_release(site: Path = SITE, releases: Path = RELEASES, extras: dict | None = None) -> Path:
    name = f"samarbeidsboka-{version()}"
    folder = releases / name
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    shutil.copytree(site, folder / "nettsted")
    zip_folder(site, folder / f"{name}-nettsted.zip", name)
    for source, target in (EXTRAS if extras is None else extras).items():
        if source.is_file():
            shutil.copy(source, folder / target.format(name=name))
    sums = [
        f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.name}"
        for p in sorted(folder.iterdir())
        if p.is_file() and p.suffix in (".zip", ".pdf")
    ]
    (folder / "SHA256SUMS").write_text("\n".join(sums) + "\n", encoding="utf-8")
    return folder


def main() -> int:
    if not (SITE / "index.html").is_file():
        print("_build/html is missing: run `make book` first", file=sys.stderr)
        return 1
    unset = placeholders((ROOT / "_config.yml").read_text(encoding="utf-8"))
    folder = make_release()
    for path in sorted(folder.iterdir()):
        size = sum(p.stat().st_size for p in path.rglob("*")) if path.is_dir() else path.stat().st_size
        print(f"{path.relative_to(ROOT)}  ({size:,} bytes)")
    if unset:
        print(f"warning: _config.yml still says {PLACEHOLDER} for: {', '.join(unset)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
