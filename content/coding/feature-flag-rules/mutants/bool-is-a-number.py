# Classifies booleans as numbers (bool is a subclass of int), so true == 1.
import re
from typing import Any, Dict, Optional

TOKEN = re.compile(
    r'\s*(?:(?P<num>-?[0-9]+(?:\.[0-9]+)?)'
    r'|(?P<str>"(?:[^"\\]|\\["\\])*")'
    r'|(?P<name>[A-Za-z_][A-Za-z0-9_.]*)'
    r'|(?P<op>&&|\|\||==|!=|<=|>=|[()\[\],!<>]))'
)
WS_END = re.compile(r"\s*\Z")
COMPARISONS = {"==", "!=", "<", "<=", ">", ">="}


class RuleSyntaxError(Exception):
    pass


def tokenize(rule):
    tokens, pos = [], 0
    while pos < len(rule):
        if WS_END.match(rule, pos):
            break
        m = TOKEN.match(rule, pos)
        if not m:
            raise RuleSyntaxError(pos)
        pos = m.end()
        kind = m.lastgroup
        text = m.group(kind)
        if kind == "num":
            tokens.append(("lit", float(text) if "." in text else int(text)))
        elif kind == "str":
            tokens.append(("lit", re.sub(r'\\(["\\])', r"\1", text[1:-1])))
        elif kind == "name":
            if text in ("true", "false"):
                tokens.append(("lit", text == "true"))
            elif text == "in":
                tokens.append(("op", "in"))
            else:
                tokens.append(("name", text))
        else:
            tokens.append(("op", text))
    return tokens


def kind_of(v):
    if isinstance(v, (int, float)):  # True lands here: bool is a subclass of int
        return "num"
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, str):
        return "str"
    return None


def compare(value, op, lit):
    kind = kind_of(value)
    if kind is None or kind != kind_of(lit):
        return False
    if op == "==":
        return value == lit
    if op == "!=":
        return value != lit
    if kind == "bool":
        return False
    return {"<": value < lit, "<=": value <= lit, ">": value > lit, ">=": value >= lit}[op]


def evaluateRule(rule: str, context: Dict[str, Any]) -> Optional[bool]:
    try:
        tokens = tokenize(rule)
    except RuleSyntaxError:
        return None
    pos = 0

    def peek():
        return tokens[pos] if pos < len(tokens) else (None, None)

    def take(kind=None, text=None):
        nonlocal pos
        tok = peek()
        if tok[0] is None or (kind and tok[0] != kind) or (text and tok[1] != text):
            raise RuleSyntaxError(pos)
        pos += 1
        return tok

    def parse_or():
        value = parse_and()
        while peek() == ("op", "||"):
            take()
            rhs = parse_and()  # always parse: a syntax error on the right still counts
            value = value or rhs
        return value

    def parse_and():
        value = parse_not()
        while peek() == ("op", "&&"):
            take()
            rhs = parse_not()
            value = value and rhs
        return value

    def parse_not():
        if peek() == ("op", "!"):
            take()
            return not parse_not()
        return parse_primary()

    def parse_primary():
        if peek() == ("op", "("):
            take()
            value = parse_or()
            take("op", ")")
            return value
        _, name = take("name")
        kind, text = peek()
        if kind == "op" and text in COMPARISONS:
            take()
            _, lit = take("lit")
            return compare(context.get(name), text, lit)
        if (kind, text) == ("op", "in"):
            take()
            take("op", "[")
            lits = [take("lit")[1]]
            while peek() == ("op", ","):
                take()
                lits.append(take("lit")[1])
            take("op", "]")
            return any(compare(context.get(name), "==", lit) for lit in lits)
        return context.get(name) is True

    try:
        result = parse_or()
        if pos != len(tokens):
            return None
        return result
    except RuleSyntaxError:
        return None
