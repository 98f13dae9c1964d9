"""What a pdfplumber-based checker stands on: pdfminer's layout analysis of every page of every PDF given, in one
process (words grouped into text lines). Prints the files, pages, lines and seconds."""
import sys, time
from pdfminer.high_level import extract_pages
from pdfminer.layout import LAParams, LTTextContainer

start = time.time()
pages = lines = 0
for path in sys.argv[1:]:
    for page in extract_pages(path, laparams=LAParams()):
        pages += 1
        for element in page:
            if isinstance(element, LTTextContainer):
                lines += sum(1 for _ in element)
print(f"pdfminer: {len(sys.argv) - 1} files, {pages} pages, {lines} text lines, {time.time() - start:.2f} s")
