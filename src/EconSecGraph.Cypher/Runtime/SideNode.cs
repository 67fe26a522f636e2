namespace EconSecGraph.Cypher.Runtime;

/// <summary>A node visited by one side of allShortestPaths: its depth and its first and last parent link.</summary>
internal record struct SideNode(long Depth, int Head, int Tail);
