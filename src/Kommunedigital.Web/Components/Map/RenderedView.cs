using Kommunedigital.Core.Views;

namespace Kommunedigital.Web.Components.Map;

/// <summary>One view ready to show: its model (legend, table, title) and what the map module draws.</summary>
public sealed record RenderedView(ChoroplethModel Model, MapPayload Payload);
