from typing import List, Union


def _line_end(text: str, i: int) -> bool:
    return text[i] == "\n" or (text[i] == "\r" and text.startswith("\n", i + 1))


def parseCsv(text: str) -> Union[List[List[str]], dict]:
    records, record = [], []
    i, n = 0, len(text)
    if n == 0:
        return records
    while True:
        # at the start of a field
        if i < n and text[i] == '"':
            open_at = i
            parts = []
            i += 1
            while True:
                q = text.find('"', i)
                if q < 0:
                    return {"error": "unterminated-quote", "index": open_at}
                parts.append(text[i:q])
                if text.startswith('"', q + 1):
                    parts.append('"')
                    i = q + 2
                else:
                    i = q + 1
                    break
            if i < n and text[i] != "," and not _line_end(text, i):
                return {"error": "unexpected-character", "index": i}
            field = "".join(parts)
        else:
            start = i
            while i < n and text[i] != "," and not _line_end(text, i):
                if text[i] == '"':
                    return {"error": "unexpected-quote", "index": i}
                i += 1
            field = text[start:i]
        record.append(field)
        # at a separator, a line ending or the end
        if i >= n:
            records.append(record)
            return records
        if text[i] == ",":
            i += 1
            continue
        i += 2 if text[i] == "\r" else 1  # "\r\n" or "\n"
        records.append(record)
        record = []
        if i >= n:
            return records  # a final line ending does not start a record
