"""Make the user guide's screenshots: `.venv/bin/python packaging/guide_images.py`.

Runs `samtaleduk snapshot` (the real app, offscreen, on the fictional demo cases) in
nynorsk and bokmål, then keeps a handful of views for docs/guide, cropped, scaled to
900 px and reduced to 256 colours so that the repository stays small.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "images" / "guide"
WIDTH = 900
# name in the guide -> (snapshot file, crop box or None)
VIEWS = {
    "forste-start": ("unlock-first-start-1366x768.png", (340, 110, 1026, 570)),
    "ny-sak": ("dialog-new-case-1366x768.png", None),
    "duk": ("duk-family-1366x768.png", None),
    "nytt-mote": ("dialog-new-meeting-1366x768.png", None),
    "sidan-sist": ("review-1366x768.png", None),
}


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for lang in ("nn", "nb"):
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([sys.executable, "-m", "samtaleduk", "snapshot", "--out", tmp,
                            "--lang", lang], check=True, cwd=ROOT, capture_output=True)
            for name, (source, box) in VIEWS.items():
                image = Image.open(Path(tmp) / source).convert("RGB")
                if box is not None:
                    image = image.crop(box)
                if image.width > WIDTH:
                    image = image.resize((WIDTH, round(image.height * WIDTH / image.width)),
                                         Image.Resampling.LANCZOS)
                target = OUT / f"{lang}-{name}.png"
                image.quantize(256, dither=Image.Dither.NONE).save(target, optimize=True)
                print(target.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
