"""Export (Markdown, HTML, PDF, JSON) and import (jrnl, our JSON) dialogs."""
