namespace EconSecGraph.Storage.Internal;

/// <summary>Operation codes of the journal's logical redo records (see docs/storage-format.md).</summary>
internal static class TxOp
{
    public const byte CreateNode = 1;
    public const byte DeleteNode = 2;
    public const byte SetNodeProperties = 3;
    public const byte SetNodeLabels = 4;
    public const byte CreateRelationship = 5;
    public const byte DeleteRelationship = 6;
    public const byte SetRelationshipProperties = 7;
    public const byte LabelToken = 8;
    public const byte TypeToken = 9;
    public const byte KeyToken = 10;
    public const byte CreateIndex = 11;
    public const byte DropIndex = 12;
    public const byte CreateConstraint = 13;
    public const byte DropConstraint = 14;
    public const byte HighWater = 15;
}
