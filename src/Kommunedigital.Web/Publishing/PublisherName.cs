using System.Security.Claims;

namespace Kommunedigital.Web.Publishing;

/// <summary>Who a signed-in publisher is, as the release list records it: the account's e-mail, or the provider's name.</summary>
public static class PublisherName
{
    public static string Of(ClaimsPrincipal? user) =>
        user?.Identity?.Name
        ?? user?.FindFirst(ClaimTypes.Email)?.Value
        ?? user?.FindFirst("email")?.Value
        ?? user?.FindFirst("sub")?.Value
        ?? "ukjent";
}
