namespace EconSecGraph.Graph.Errors;

/// <summary>
/// Neo4j status codes used by EconSecGraph, as listed in Neo4j's status-code reference
/// (<c>Neo.&lt;Classification&gt;.&lt;Category&gt;.&lt;Title&gt;</c>), with the GQLSTATUS each maps to.
/// </summary>
public static class Neo4jStatusCodes
{
    // Statement
    public const string SyntaxError = "Neo.ClientError.Statement.SyntaxError";
    public const string SemanticError = "Neo.ClientError.Statement.SemanticError";
    public const string TypeError = "Neo.ClientError.Statement.TypeError";
    public const string ArgumentError = "Neo.ClientError.Statement.ArgumentError";
    public const string ParameterMissing = "Neo.ClientError.Statement.ParameterMissing";
    public const string EntityNotFound = "Neo.ClientError.Statement.EntityNotFound";
    public const string AccessMode = "Neo.ClientError.Statement.AccessMode";
    public const string ArithmeticError = "Neo.ClientError.Statement.ArithmeticError";
    public const string UnsupportedOperationError = "Neo.ClientError.Statement.UnsupportedOperationError";
    public const string ExternalResourceFailed = "Neo.ClientError.Statement.ExternalResourceFailed";

    // Schema
    public const string ConstraintValidationFailed = "Neo.ClientError.Schema.ConstraintValidationFailed";
    public const string EquivalentSchemaRuleAlreadyExists = "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists";
    public const string IndexAlreadyExists = "Neo.ClientError.Schema.IndexAlreadyExists";
    public const string ConstraintAlreadyExists = "Neo.ClientError.Schema.ConstraintAlreadyExists";
    public const string IndexNotFound = "Neo.ClientError.Schema.IndexNotFound";
    public const string ConstraintNotFound = "Neo.ClientError.Schema.ConstraintNotFound";
    public const string ConstraintCreationFailed = "Neo.ClientError.Schema.ConstraintCreationFailed";
    public const string IndexWithNameAlreadyExists = "Neo.ClientError.Schema.IndexWithNameAlreadyExists";
    public const string ConstraintWithNameAlreadyExists = "Neo.ClientError.Schema.ConstraintWithNameAlreadyExists";
    public const string IndexDropFailed = "Neo.DatabaseError.Schema.IndexDropFailed";
    public const string ConstraintDropFailed = "Neo.DatabaseError.Schema.ConstraintDropFailed";

    // Procedure
    public const string ProcedureNotFound = "Neo.ClientError.Procedure.ProcedureNotFound";
    public const string ProcedureCallFailed = "Neo.ClientError.Procedure.ProcedureCallFailed";

    // Transaction
    public const string TransactionTerminated = "Neo.ClientError.Transaction.Terminated";
    public const string TransactionTimedOut = "Neo.ClientError.Transaction.TransactionTimedOut";
    public const string TransactionNotFound = "Neo.ClientError.Transaction.TransactionNotFound";
    public const string ForbiddenDueToTransactionType = "Neo.ClientError.Transaction.ForbiddenDueToTransactionType";
    public const string TransactionStartFailed = "Neo.DatabaseError.Transaction.TransactionStartFailed";
    public const string InvalidBookmark = "Neo.ClientError.Transaction.InvalidBookmark";
    public const string TransientLockTimeout = "Neo.TransientError.Transaction.LockClientStopped";
    public const string LockAcquisitionTimeout = "Neo.TransientError.Transaction.LockAcquisitionTimeout";
    public const string TransactionMemoryLimit = "Neo.TransientError.General.TransactionMemoryLimit";
    public const string MemoryPoolOutOfMemory = "Neo.TransientError.General.MemoryPoolOutOfMemoryError";

    // Request, security, database, cluster
    public const string RequestInvalid = "Neo.ClientError.Request.Invalid";
    public const string InvalidFormat = "Neo.ClientError.Request.InvalidFormat";
    public const string Unauthorized = "Neo.ClientError.Security.Unauthorized";
    public const string Forbidden = "Neo.ClientError.Security.Forbidden";
    public const string DatabaseNotFound = "Neo.ClientError.Database.DatabaseNotFound";
    public const string DatabaseUnavailable = "Neo.TransientError.General.DatabaseUnavailable";
    public const string NotALeader = "Neo.ClientError.Cluster.NotALeader";
    public const string ServiceUnavailable = "Neo.TransientError.General.ServiceUnavailable";
    public const string UnknownError = "Neo.DatabaseError.General.UnknownError";
    public const string StorageDamageDetected = "Neo.DatabaseError.General.StorageDamageDetected";

    /// <summary>The classification encoded in <paramref name="code"/> (DatabaseError when unrecognised).</summary>
    public static ErrorClassification Classify(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.StartsWith("Neo.ClientError.", StringComparison.Ordinal))
        {
            return ErrorClassification.ClientError;
        }
        if (code.StartsWith("Neo.TransientError.", StringComparison.Ordinal))
        {
            return ErrorClassification.TransientError;
        }
        return ErrorClassification.DatabaseError;
    }

    /// <summary>The GQLSTATUS code Neo4j 5.26 reports with each status code (50N42 when there is no closer one).</summary>
    public static string GqlStatusFor(string code) =>
        code switch
        {
            SyntaxError => "42001",
            SemanticError => "42N00",
            TypeError => "22N01",
            ArgumentError => "22N00",
            ArithmeticError => "22003",
            ParameterMissing => "42N51",
            EntityNotFound => "22N00",
            AccessMode => "08N06",
            ConstraintValidationFailed => "22N41",
            EquivalentSchemaRuleAlreadyExists
            or IndexAlreadyExists
            or ConstraintAlreadyExists
            or IndexWithNameAlreadyExists
            or ConstraintWithNameAlreadyExists => "22N71",
            IndexNotFound or ConstraintNotFound => "50N11",
            ProcedureNotFound => "42N08",
            Unauthorized => "42NFF",
            DatabaseNotFound => "22000",
            TransactionTerminated or TransactionTimedOut => "25N05",
            RequestInvalid or InvalidFormat => "08N06",
            _ => "50N42",
        };
}
