namespace EconSecGraph.Cypher.Functions.Temporal;

/// <summary>Which units <see cref="DurationBetween.Compute"/> counts in.</summary>
public enum DurationBetweenUnit
{
    /// <summary><c>duration.between</c>: months, then days, then seconds.</summary>
    All,

    /// <summary><c>duration.inMonths</c>.</summary>
    Months,

    /// <summary><c>duration.inDays</c>.</summary>
    Days,

    /// <summary><c>duration.inSeconds</c>.</summary>
    Seconds,
}
