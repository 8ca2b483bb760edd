namespace Kommunedigital.Core.Boundaries;

/// <summary>A direction on the map as the reader sees it (north up): what an arrow key means.</summary>
public enum CompassDirection
{
    /// <summary>Up on the map (arrow up).</summary>
    North,

    /// <summary>Right on the map (arrow right).</summary>
    East,

    /// <summary>Down on the map (arrow down).</summary>
    South,

    /// <summary>Left on the map (arrow left).</summary>
    West,
}
