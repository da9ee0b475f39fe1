"""Statement and parameter rules of grammar/py4.lark: Lark children to `ast` statements.

Phase: frontend (internal). Input: the children of one reduced grammar rule, as in
frontend/expressions.py. Output: `ast` statements, parameter lists and aliases.

Invariants:
- Each method is named after its rule (or alias), with the rule written above it.
- FunctionDef and ClassDef spans cover the header (`def` through the ':'), without the
  decorators (as CPython's line numbers) and without the body. Other compound
  statements span from their keyword to the end of their last nested statement, and
  `elif` becomes an If (spanning from `elif`) alone in the orelse of the one before.
- `async` versions are the same nodes with is_async=True, spanning from `async`.
- Assignment, deletion and loop targets, argument orders and parameter orders are
  checked here with CPython's messages, since LALR(1) parses a superset of them.
"""

from __future__ import annotations

import dataclasses

from lark import Token

from py4c.frontend import ast
from py4c.frontend import spans as sp
from py4c.frontend.expressions import (
    ExpressionBuilder, Kids, ParamPiece, check_target, elements, expr_name, identifier,
)


@dataclasses.dataclass(frozen=True, slots=True)
class Dotted:
    name: str
    span: ast.Span


@dataclasses.dataclass(frozen=True, slots=True)
class Elif:
    keyword: Token
    test: ast.Expr
    body: tuple[ast.Stmt, ...]


Block = tuple[ast.Stmt, ...]


class StatementBuilder(ExpressionBuilder):
    """Rule methods for statements; `match_ends` and `semicolons` are set per parse."""

    # Where the body of each match statement ends, by the position of its `match`
    # (filled by lexer.TokenStream, which skips those bodies).
    match_ends: dict[tuple[int, int], tuple[int, int]]
    # Blocks whose last line ends in ';', which CPython counts in the end of the
    # statement that holds the block (by id, the block kept to keep its id unique).
    semicolons: dict[int, tuple[Block, Token]]

    def block_end(self, block: Block) -> sp.Located:
        """Where the last statement of a block ends, with its own body (CPython's end)."""
        while True:
            semicolon = self.semicolons.get(id(block))
            if semicolon is not None:
                return semicolon[1]
            last = block[-1]
            if not isinstance(last, (ast.FunctionDef, ast.ClassDef)):
                break
            block = last.body
        if isinstance(last, ast.Match):
            end = self.match_ends.get((last.span.line, last.span.col))
            if end is not None:
                return ast.Span(self.path, end[0], end[1], end[0], end[1])
        return last

    # ------------------------------------------------------------ module

    # file_input: (_NEWLINE | _stmt)*
    # _simple_stmts: _small_stmt (";" _small_stmt)* [SEMICOLON] _NEWLINE
    def file_input(self, c: Kids) -> Block:
        return tuple(x for x in c if x is not None and not isinstance(x, Token))

    # suite: _simple_stmts | _NEWLINE _INDENT _stmt+ _DEDENT
    def suite(self, c: Kids) -> Block:
        block = tuple(x for x in c if x is not None and not isinstance(x, Token))
        if isinstance(c[-1], Token):
            self.semicolons[id(block)] = (block, c[-1])
        return block

    # ------------------------------------------------------------ simple statements

    # expr_stmt: _rhs
    def expr_stmt(self, c: Kids) -> ast.ExprStmt:
        value: ast.Expr = c[0]
        return ast.ExprStmt(value, self.join(value, value))

    # expr_stmt: testlist_star_expr ":" test ["=" _rhs]
    # (`_rhs` is inlined, so an absent value leaves no placeholder)
    def annassign(self, c: Kids) -> ast.AnnAssign:
        target: ast.Expr = c[0]
        if isinstance(target, (ast.TupleExpr, ast.ListExpr)):
            what = "tuple" if isinstance(target, ast.TupleExpr) else "list"
            raise self.fail(f"only single target (not {what}) can be annotated", target)
        if not isinstance(target, (ast.Name, ast.Attribute, ast.Subscript)):
            raise self.fail("illegal target for annotation", target)
        value: ast.Expr | None = c[2] if len(c) > 2 else None
        end = value if value is not None else c[1]
        return ast.AnnAssign(target, c[1], value, self.join(target, end))

    # expr_stmt: testlist_star_expr AUGASSIGN _rhs
    def augassign(self, c: Kids) -> ast.AugAssign:
        target: ast.Expr = c[0]
        if not isinstance(target, (ast.Name, ast.Attribute, ast.Subscript)):
            raise self.fail(
                f"'{expr_name(target)}' is an illegal expression for augmented assignment", target
            )
        op: Token = c[1]
        return ast.AugAssign(target, op.value[:-1], c[2], self.join(target, c[2]))

    # expr_stmt: testlist_star_expr ("=" _rhs)+
    def assign(self, c: Kids) -> ast.Assign:
        targets: list[ast.Expr] = c[:-1]
        for target in targets:
            check_target(self, target, "assign")
        return ast.Assign(tuple(targets), c[-1], self.join(c[0], c[-1]))

    # del_stmt: DEL expr_or_star ("," expr_or_star)* [COMMA]
    def del_stmt(self, c: Kids) -> ast.Delete:
        targets: list[ast.Expr] = [x for x in c[1:] if x is not None and not isinstance(x, Token)]
        for target in targets:
            check_target(self, target, "del")
        end = c[-1] if c[-1] is not None else targets[-1]
        return ast.Delete(tuple(targets), self.join(c[0], end))

    # pass_stmt: PASS
    def pass_stmt(self, c: Kids) -> ast.Pass:
        return ast.Pass(self.tspan(c[0]))

    # break_stmt: BREAK
    def break_stmt(self, c: Kids) -> ast.Break:
        return ast.Break(self.tspan(c[0]))

    # continue_stmt: CONTINUE
    def continue_stmt(self, c: Kids) -> ast.Continue:
        return ast.Continue(self.tspan(c[0]))

    # return_stmt: RETURN [testlist_star_expr]
    def return_stmt(self, c: Kids) -> ast.Return:
        value: ast.Expr | None = c[1]
        return ast.Return(value, self.join(c[0], value if value is not None else c[0]))

    # raise_stmt: RAISE [test ["from" test]]
    def raise_stmt(self, c: Kids) -> ast.Raise:
        present = [x for x in c if x is not None]
        return ast.Raise(c[1], c[2], self.join(c[0], present[-1]))

    # global_stmt: GLOBAL NAME ("," NAME)*
    def global_stmt(self, c: Kids) -> ast.Global:
        return ast.Global(tuple(identifier(t) for t in c[1:]), self.join(c[0], c[-1]))

    # nonlocal_stmt: NONLOCAL NAME ("," NAME)*
    def nonlocal_stmt(self, c: Kids) -> ast.Nonlocal:
        return ast.Nonlocal(tuple(identifier(t) for t in c[1:]), self.join(c[0], c[-1]))

    # assert_stmt: ASSERT test ["," test]
    def assert_stmt(self, c: Kids) -> ast.Assert:
        end = c[2] if c[2] is not None else c[1]
        return ast.Assert(c[1], c[2], self.join(c[0], end))

    # ------------------------------------------------------------ imports

    # import_name: IMPORT dotted_as_name ("," dotted_as_name)*
    def import_name(self, c: Kids) -> ast.Import:
        return ast.Import(tuple(c[1:]), self.join(c[0], c[-1]))

    # dotted_as_name: dotted_name ["as" NAME]
    def dotted_as_name(self, c: Kids) -> ast.Alias:
        dotted: Dotted = c[0]
        asname: Token | None = c[1]
        end = asname if asname is not None else dotted
        return ast.Alias(dotted.name, identifier(asname) if asname else None, self.join(dotted, end))

    # dotted_name: NAME ("." NAME)*
    def dotted_name(self, c: Kids) -> Dotted:
        return Dotted(".".join(identifier(t) for t in c), self.join(c[0], c[-1]))

    # import_from: FROM (DOT | ELLIPSIS)* dotted_name "import" _import_targets
    #            | FROM (DOT | ELLIPSIS)+ "import" _import_targets
    # _import_targets: STAR | LPAR import_as_name ("," import_as_name)* [","] RPAR
    #                | import_as_name ("," import_as_name)*
    def import_from(self, c: Kids) -> ast.ImportFrom:
        level = 0
        module: str | None = None
        i = 1
        while isinstance(c[i], Token) and c[i].type in ("DOT", "ELLIPSIS"):
            level += len(c[i])
            i += 1
        if isinstance(c[i], Dotted):
            module = c[i].name
            i += 1
        rest = c[i:]
        if isinstance(rest[0], Token) and rest[0].type == "STAR":
            names: tuple[ast.Alias, ...] = (ast.Alias("*", None, self.tspan(rest[0])),)
        else:
            names = tuple(x for x in rest if isinstance(x, ast.Alias))
        return ast.ImportFrom(module, names, level, self.join(c[0], c[-1]))

    # import_as_name: NAME ["as" NAME]
    def import_as_name(self, c: Kids) -> ast.Alias:
        asname: Token | None = c[1]
        end = asname if asname is not None else c[0]
        return ast.Alias(identifier(c[0]), identifier(asname) if asname else None, self.join(c[0], end))

    # ------------------------------------------------------------ compound statements

    # if_stmt: IF namedexpr_test ":" suite elif_clause* [else_clause]
    def if_stmt(self, c: Kids) -> ast.If:
        orelse: Block = c[-1] if c[-1] is not None else ()
        elifs: list[Elif] = c[3:-1]
        for clause in reversed(elifs):
            end = self.block_end(orelse or clause.body)
            orelse = (ast.If(clause.test, clause.body, orelse, self.join(clause.keyword, end)),)
        body: Block = c[2]
        end = self.block_end(orelse or body)
        return ast.If(c[1], body, orelse, self.join(c[0], end))

    # elif_clause: ELIF namedexpr_test ":" suite
    def elif_clause(self, c: Kids) -> Elif:
        return Elif(c[0], c[1], c[2])

    # else_clause: "else" ":" suite
    def else_clause(self, c: Kids) -> Block:
        body: Block = c[0]
        return body

    # finally_clause: "finally" ":" suite
    def finally_clause(self, c: Kids) -> Block:
        body: Block = c[0]
        return body

    # while_stmt: WHILE namedexpr_test ":" suite [else_clause]
    def while_stmt(self, c: Kids) -> ast.While:
        body: Block = c[2]
        orelse: Block = c[3] if c[3] is not None else ()
        return ast.While(c[1], body, orelse, self.join(c[0], self.block_end(orelse or body)))

    # for_stmt: FOR exprlist "in" testlist_star_expr ":" suite [else_clause]
    def for_stmt(self, c: Kids) -> ast.For:
        target: ast.Expr = c[1]
        check_target(self, target, "for")
        body: Block = c[3]
        orelse: Block = c[4] if c[4] is not None else ()
        return ast.For(target, c[2], body, orelse, False, self.join(c[0], self.block_end(orelse or body)))

    # try_stmt: TRY ":" suite except_clause+ [else_clause] [finally_clause]
    def try_stmt(self, c: Kids) -> ast.Try:
        handlers: list[ast.ExceptHandler] = c[2:-2]
        stars = {h.is_star for h in handlers}
        if len(stars) > 1:
            mixed = next(h for h in handlers if h.is_star != handlers[0].is_star)
            raise self.fail("cannot have both 'except' and 'except*' on the same 'try'", mixed)
        orelse: Block = c[-2] if c[-2] is not None else ()
        final: Block = c[-1] if c[-1] is not None else ()
        end = self.block_end(final or orelse) if final or orelse else handlers[-1]
        return ast.Try(c[1], tuple(handlers), orelse, final, self.join(c[0], end))

    # try_stmt: TRY ":" suite finally_clause
    def try_finally(self, c: Kids) -> ast.Try:
        final: Block = c[2]
        return ast.Try(c[1], (), (), final, self.join(c[0], self.block_end(final)))

    # except_clause: EXCEPT [test ["as" NAME]] ":" suite
    def except_clause(self, c: Kids) -> ast.ExceptHandler:
        name: Token | None = c[2]
        body: Block = c[3]
        return ast.ExceptHandler(
            c[1], identifier(name) if name else None, body, False, self.join(c[0], self.block_end(body))
        )

    # except_clause: EXCEPT STAR test ["as" NAME] ":" suite
    def except_star_clause(self, c: Kids) -> ast.ExceptHandler:
        name: Token | None = c[3]
        body: Block = c[4]
        return ast.ExceptHandler(
            c[2], identifier(name) if name else None, body, True, self.join(c[0], self.block_end(body))
        )

    # with_stmt: WITH with_item ("," with_item)* ":" suite
    #          | WITH WITH_LPAR with_item ("," with_item)* [","] RPAR ":" suite
    def with_stmt(self, c: Kids) -> ast.With:
        items = tuple(x for x in c[1:-1] if isinstance(x, ast.WithItem))
        body: Block = c[-1]
        return ast.With(items, body, False, self.join(c[0], self.block_end(body)))

    # with_item: test ["as" expr]
    def with_item(self, c: Kids) -> ast.WithItem:
        target: ast.Expr | None = c[1]
        if target is not None:
            check_target(self, target, "with")
        return ast.WithItem(c[0], target, self.join(c[0], target if target is not None else c[0]))

    # funcdef: DEF NAME LPAR [parameters] RPAR ["->" test] COLON suite
    def funcdef(self, c: Kids) -> ast.FunctionDef:
        params: list[ParamPiece | Token] = c[3] if c[3] is not None else []
        built = self.params(params, self.join(c[2], c[4]))
        return ast.FunctionDef(identifier(c[1]), built, c[5], c[7], (), False, self.join(c[0], c[6]))

    # classdef: CLASS NAME [LPAR [arguments] RPAR] COLON suite
    def classdef(self, c: Kids) -> ast.ClassDef:
        bases: tuple[ast.Expr, ...] = ()
        keywords: tuple[ast.Keyword, ...] = ()
        if c[3] is not None:
            args = c[3]
            if args.genexp is not None:
                gen = ast.GeneratorExp(args.genexp.elt, args.genexp.generators, self.join(c[2], c[4]))
                bases = (gen,)
            else:
                bases, keywords = args.args, args.keywords
        return ast.ClassDef(identifier(c[1]), bases, keywords, c[6], (), self.join(c[0], c[5]))

    # decorated: decorator+ (classdef | funcdef | async_funcdef)
    def decorated(self, c: Kids) -> ast.FunctionDef | ast.ClassDef:
        decorators: tuple[ast.Expr, ...] = tuple(c[:-1])
        node: ast.FunctionDef | ast.ClassDef = c[-1]
        return dataclasses.replace(node, decorators=decorators)

    # decorator: AT namedexpr_test _NEWLINE
    def decorator(self, c: Kids) -> ast.Expr:
        value: ast.Expr = c[1]
        return value

    # async_funcdef: ASYNC funcdef
    def async_funcdef(self, c: Kids) -> ast.FunctionDef:
        node: ast.FunctionDef = c[1]
        return dataclasses.replace(node, is_async=True, span=self.join(c[0], node))

    # async_stmt: ASYNC (with_stmt | for_stmt) | async_funcdef
    def async_stmt(self, c: Kids) -> ast.Stmt:
        if len(c) == 1:
            done: ast.FunctionDef = c[0]
            return done
        node: ast.With | ast.For = c[1]
        return dataclasses.replace(node, is_async=True, span=self.join(c[0], node))

    # match_stmt: MATCH _items COLON _NEWLINE
    def match_stmt(self, c: Kids) -> ast.Match:
        elts, trailing = elements(c[1:-1])
        if len(elts) == 1 and not trailing:
            subject = elts[0]
        else:
            last = c[-2] if c[-2] is not None else elts[-1]
            subject = ast.TupleExpr(tuple(elts), self.join(elts[0], last))
        return ast.Match(subject, self.join(c[0], c[-1]))

    # ------------------------------------------------------------ parameters

    # parameters: _param_item ("," _param_item)* [","]
    # _param_item: param | star_param | kwargs_param | SLASH
    def parameters(self, c: Kids) -> list[ParamPiece | Token]:
        return c

    # lambda_params: _lambda_param_item ("," _lambda_param_item)* [","]
    def lambda_params(self, c: Kids) -> ast.Params:
        return self.params(c, self.join(c[0], c[-1]))

    # param: NAME [":" test] ["=" test]
    def param(self, c: Kids) -> ParamPiece:
        end = c[1] if c[1] is not None else c[0]
        whole = c[2] if c[2] is not None else end
        return ParamPiece("plain", identifier(c[0]), c[1], c[2], self.join(c[0], end), self.join(c[0], whole))

    # star_param: STAR [NAME [":" (test | star_expr)]]
    def star_param(self, c: Kids) -> ParamPiece:
        if c[1] is None:
            return ParamPiece("star", None, None, None, self.tspan(c[0]), self.tspan(c[0]))
        end = c[2] if c[2] is not None else c[1]
        return ParamPiece("star", identifier(c[1]), c[2], None, self.join(c[1], end), self.join(c[0], end))

    # kwargs_param: DOUBLESTAR NAME [":" test]
    def kwargs_param(self, c: Kids) -> ParamPiece:
        end = c[2] if c[2] is not None else c[1]
        return ParamPiece("kwargs", identifier(c[1]), c[2], None, self.join(c[1], end), self.join(c[0], end))

    # lambda_param: NAME ["=" test]
    def lambda_param(self, c: Kids) -> ParamPiece:
        whole = c[1] if c[1] is not None else c[0]
        return ParamPiece("plain", identifier(c[0]), None, c[1], self.tspan(c[0]), self.join(c[0], whole))

    # lambda_star_param: STAR [NAME]
    def lambda_star_param(self, c: Kids) -> ParamPiece:
        if c[1] is None:
            return ParamPiece("star", None, None, None, self.tspan(c[0]), self.tspan(c[0]))
        return ParamPiece("star", identifier(c[1]), None, None, self.tspan(c[1]), self.join(c[0], c[1]))

    # lambda_kwargs_param: DOUBLESTAR NAME
    def lambda_kwargs_param(self, c: Kids) -> ParamPiece:
        return ParamPiece("kwargs", identifier(c[1]), None, None, self.tspan(c[1]), self.join(c[0], c[1]))

    def params(self, items: list[ParamPiece | Token], span: ast.Span) -> ast.Params:
        """Give each parameter its kind and check the order rules of CPython's grammar."""
        out: list[ast.Param] = []
        seen_slash = seen_star = seen_kwargs = seen_default = False
        bare_star: ParamPiece | None = None
        for item in items:
            if isinstance(item, Token):  # "/"
                if seen_slash:
                    raise self.fail("/ may appear only once", item)
                if seen_star:
                    raise self.fail("/ must be ahead of *", item)
                if not out:
                    raise self.fail("at least one argument must precede /", item)
                out = [dataclasses.replace(p, kind="posonly") for p in out]
                seen_slash = True
                continue
            if seen_kwargs:
                raise self.fail("arguments cannot follow var-keyword argument", item.whole)
            if item.marker == "kwargs":
                if bare_star is not None:
                    raise self.fail("named arguments must follow bare *", bare_star)
                seen_kwargs = True
                out.append(ast.Param(item.name or "", item.annotation, None, "kwarg", item.span))
            elif item.marker == "star":
                if seen_star:
                    raise self.fail("* argument may appear only once", item)
                seen_star = True
                if item.name is None:
                    bare_star = item
                else:
                    out.append(ast.Param(item.name, item.annotation, None, "vararg", item.span))
            else:
                bare_star = None
                if not seen_star:
                    if item.default is not None:
                        seen_default = True
                    elif seen_default:
                        raise self.fail("non-default argument follows default argument", item.whole)
                kind = "kwonly" if seen_star else "normal"
                out.append(ast.Param(item.name or "", item.annotation, item.default, kind, item.span))
        if bare_star is not None:
            raise self.fail("named arguments must follow bare *", bare_star)
        if items:
            first, last = items[0], items[-1]
            span = self.join(
                first if isinstance(first, Token) else first.whole,
                last if isinstance(last, Token) else last.whole,
            )
        return ast.Params(tuple(out), span)
