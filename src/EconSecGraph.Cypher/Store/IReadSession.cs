namespace EconSecGraph.Cypher.Store;

/// <summary>A consistent read-only snapshot; disposing it releases the snapshot.</summary>
internal interface IReadSession : IGraphView, IDisposable;
