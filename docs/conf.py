"""Sphinx configuration: MyST pages, the furo theme, API reference from docstrings.

The command's reference, the data format and the JSON examples are generated
from the code at build time (``_ext/polevents_docs.py``), so they follow it.
"""

import importlib.metadata
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "_ext"))

project = "polevents"
author = "The polevents developers"
copyright = "2026, The polevents developers"
release = importlib.metadata.version("polevents")

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
    "sphinx_copybutton",
    "polevents_docs",
]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
exclude_patterns = ["_build", "_ext", "conftest.py"]

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}
napoleon_google_docstring = True
napoleon_numpy_docstring = False

# furo scrolls long code lines instead of cutting them off.
html_theme = "furo"
html_title = f"polevents {release}"
html_static_path = ["_static"]
html_css_files = ["polevents.css"]

# The copy button copies what to type: the lines after ">>> ", "... " or "$ ",
# without the prompts and without the output.
copybutton_prompt_text = r">>> |\.\.\. |\$ "
copybutton_prompt_is_regexp = True
copybutton_only_copy_prompt_lines = True


def _draw_charts(app: object) -> None:
    """Draw the charts the pages show from the bundled data, at every build,
    so the pictures always come from the code as it is (``_static/charts``
    is not kept in the repository)."""
    from polevents import plot
    from polevents.datasets import twitter_space_2022
    from polevents.io import load

    charts = Path(__file__).parent / "_static" / "charts"
    charts.mkdir(parents=True, exist_ok=True)
    examples = Path(__file__).parents[1] / "examples" / "data"
    drawn = [
        (twitter_space_2022(), "largest Twitter Space audience", "twitter-space-2022.svg"),
        (load(examples / "men_100m.json"), "men's 100 m world record", "men-100m.svg"),
    ]
    for dataset, category, name in drawn:
        plot.save(plot.progression(dataset, category), charts / name)


def setup(app: object) -> None:
    app.connect("builder-inited", _draw_charts)  # type: ignore[attr-defined]
