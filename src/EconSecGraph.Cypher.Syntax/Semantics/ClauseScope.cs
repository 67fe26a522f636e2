using EconSecGraph.Cypher.Syntax.Ast;

namespace EconSecGraph.Cypher.Syntax.Semantics;

/// <summary>The variables in scope just before and just after a clause.</summary>
public sealed record ClauseScope(Clause Clause, Scope Before, Scope After);
