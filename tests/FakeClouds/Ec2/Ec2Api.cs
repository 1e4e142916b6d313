using System.Text.RegularExpressions;
using System.Xml.Linq;
using FakeClouds.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using static FakeClouds.Ec2.Ec2Xml;

namespace FakeClouds.Ec2;

/// <summary>
/// The EC2 Query API as the AWS SDK speaks it: a form-encoded POST to <c>/</c> whose <c>Action</c> names the
/// operation, lists flattened as <c>Name.1</c>, <c>Name.2</c>, … and XML answers.
/// </summary>
internal static partial class Ec2Api
{
    public static void Map(WebApplication app, Ec2State state)
    {
        app.MapPost("/", async context =>
        {
            var recorded = await RequestCapture.CaptureAsync(context.Request);
            state.Record(recorded);
            var p = recorded.Parameters;
            var action = recorded.Parameter("Action") ?? "";

            var credential = AccessKeyOf(recorded.Headers.GetValueOrDefault("Authorization") ?? "");
            if (credential.AccessKeyId != state.AcceptedAccessKeyId)
            {
                await WriteErrorAsync(context, 401, "AuthFailure", "AWS was not able to validate the provided access credentials");
                return;
            }

            var fault = state.TakeFault(action);
            if (fault is { HoldAfterAction: null })
            {
                await WriteErrorAsync(context, fault.Status, fault.Code, fault.Message);
                return;
            }

            XElement answer;
            try
            {
                answer = action switch
                {
                    "RunInstances" => RunInstances(state, p, credential.Region),
                    "DescribeInstances" => DescribeInstances(state, p),
                    "TerminateInstances" => TerminateInstances(state, p),
                    "DescribeImages" => DescribeImages(state, p),
                    "ImportKeyPair" => ImportKeyPair(state, p),
                    "DeleteKeyPair" => DeleteKeyPair(state, p),
                    "CreateTags" => Response("CreateTags", E("return", "true")),
                    _ => throw new Ec2ErrorException(400, "InvalidAction", $"The action {action} is not valid for this web service."),
                };
            }
            catch (Ec2ErrorException error)
            {
                await WriteErrorAsync(context, error.Status, error.Code, error.Message);
                return;
            }

            if (fault?.HoldAfterAction is { } hold)
            {
                try
                {
                    await Task.Delay(hold, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }

            context.Response.ContentType = "text/xml;charset=UTF-8";
            await context.Response.WriteAsync(answer.ToString(SaveOptions.DisableFormatting));
        });
    }

    private static XElement RunInstances(Ec2State state, IReadOnlyDictionary<string, string> p, string region)
    {
        var imageId = p.GetValueOrDefault("ImageId") ?? throw new Ec2ErrorException(400, "MissingParameter", "The request must contain the parameter ImageId");
        if (state.Images.All(image => image.ImageId != imageId))
        {
            throw new Ec2ErrorException(400, "InvalidAMIID.NotFound", $"The image id '[{imageId}]' does not exist");
        }

        var keyName = p.GetValueOrDefault("KeyName");
        if (keyName is not null && !state.HasKeyPair(keyName))
        {
            throw new Ec2ErrorException(400, "InvalidKeyPair.NotFound", $"The key pair '{keyName}' does not exist");
        }

        var tags = new List<Ec2Tag>();
        for (var spec = 1; p.ContainsKey($"TagSpecification.{spec}.ResourceType"); spec++)
        {
            if (p[$"TagSpecification.{spec}.ResourceType"] != "instance")
            {
                continue;
            }

            for (var tag = 1; p.TryGetValue($"TagSpecification.{spec}.Tag.{tag}.Key", out var key); tag++)
            {
                tags.Add(new Ec2Tag(key, p.GetValueOrDefault($"TagSpecification.{spec}.Tag.{tag}.Value") ?? ""));
            }
        }

        var clientToken = p.GetValueOrDefault("ClientToken");
        var instance = state.RunInstance(
            (id, reservation) => new Ec2Instance
            {
                InstanceId = id,
                ReservationId = reservation,
                ImageId = imageId,
                InstanceType = p.GetValueOrDefault("InstanceType") ?? "m1.small",
                AvailabilityZone = p.GetValueOrDefault("Placement.AvailabilityZone") ?? region + "a",
                KeyName = keyName,
                ClientToken = clientToken,
                Tags = tags,
            },
            clientToken);

        return Response(
            "RunInstances",
            E("reservationId", instance.ReservationId),
            E("ownerId", "123456789012"),
            E("groupSet"),
            Set("instancesSet", [Instance(instance)]));
    }

    private static XElement DescribeInstances(Ec2State state, IReadOnlyDictionary<string, string> p)
    {
        var ids = Numbered(p, "InstanceId");
        foreach (var id in ids)
        {
            if (state.FindInstance(id) is null)
            {
                throw new Ec2ErrorException(400, "InvalidInstanceID.NotFound", $"The instance ID '{id}' does not exist");
            }
        }

        var filters = new List<(string Name, List<string> Values)>();
        for (var i = 1; p.TryGetValue($"Filter.{i}.Name", out var name); i++)
        {
            filters.Add((name, Numbered(p, $"Filter.{i}.Value")));
        }

        var found = state.FindInstances(instance =>
            (ids.Count == 0 || ids.Contains(instance.InstanceId))
            && filters.All(filter => filter.Values.Contains(FilterValue(instance, filter.Name) ?? "\0")));

        return Response(
            "DescribeInstances",
            Set("reservationSet", found.Select(instance => E(
                "x",
                E("reservationId", instance.ReservationId),
                E("ownerId", "123456789012"),
                Set("instancesSet", [Instance(instance)])))));
    }

    private static string? FilterValue(Ec2Instance instance, string filter) => filter switch
    {
        "client-token" => instance.ClientToken,
        "instance-state-name" => instance.State,
        _ when filter.StartsWith("tag:", StringComparison.Ordinal) => instance.Tags.FirstOrDefault(tag => tag.Key == filter[4..])?.Value,
        _ => throw new Ec2ErrorException(400, "InvalidParameterValue", $"The filter '{filter}' is invalid"),
    };

    private static XElement TerminateInstances(Ec2State state, IReadOnlyDictionary<string, string> p)
    {
        var ids = Numbered(p, "InstanceId");
        var items = new List<XElement>();
        foreach (var id in ids)
        {
            var instance = state.FindInstance(id) ?? throw new Ec2ErrorException(400, "InvalidInstanceID.NotFound", $"The instance ID '{id}' does not exist");
            var previous = E("previousState", E("code", instance.StateCode), E("name", instance.State));
            instance.State = "terminated";
            items.Add(E("x", E("instanceId", id), E("currentState", E("code", 32), E("name", "shutting-down")), previous));
        }

        return Response("TerminateInstances", Set("instancesSet", items));
    }

    private static XElement DescribeImages(Ec2State state, IReadOnlyDictionary<string, string> p)
    {
        var ids = Numbered(p, "ImageId");
        var owners = Numbered(p, "Owner");
        var images = state.Images.Where(image =>
            (ids.Count == 0 || ids.Contains(image.ImageId)) && (owners.Count == 0 || owners.Contains(image.OwnerId)));
        for (var i = 1; p.TryGetValue($"Filter.{i}.Name", out var name); i++)
        {
            var values = Numbered(p, $"Filter.{i}.Value");
            images = name switch
            {
                "name" => images.Where(image => values.Any(value => Ec2State.MatchesPattern(image.Name, value))),
                "architecture" => images.Where(image => values.Contains(image.Architecture)),
                "state" => images.Where(_ => values.Contains("available")),
                _ => throw new Ec2ErrorException(400, "InvalidParameterValue", $"The filter '{name}' is invalid"),
            };
        }

        var list = images.ToList();
        if (ids.Count > 0 && list.Count == 0)
        {
            throw new Ec2ErrorException(400, "InvalidAMIID.NotFound", $"The image id '[{string.Join(", ", ids)}]' does not exist");
        }

        return Response(
            "DescribeImages",
            Set("imagesSet", list.Select(image => E(
                "x",
                E("imageId", image.ImageId),
                E("imageOwnerId", image.OwnerId),
                E("name", image.Name),
                E("architecture", image.Architecture),
                E("creationDate", image.CreationDate),
                E("imageState", "available"),
                E("rootDeviceType", "ebs"),
                E("rootDeviceName", image.RootDeviceName)))));
    }

    private static XElement ImportKeyPair(Ec2State state, IReadOnlyDictionary<string, string> p)
    {
        var name = p.GetValueOrDefault("KeyName") ?? throw new Ec2ErrorException(400, "MissingParameter", "The request must contain the parameter KeyName");
        if (state.HasKeyPair(name))
        {
            throw new Ec2ErrorException(400, "InvalidKeyPair.Duplicate", $"The keypair already exists: {name}");
        }

        var material = p.GetValueOrDefault("PublicKeyMaterial") ?? "";
        state.AddKeyPair(name, material);
        return Response("ImportKeyPair", E("keyFingerprint", "00:11:22"), E("keyName", name), E("keyPairId", $"key-{Math.Abs(name.GetHashCode()):x}"));
    }

    private static XElement DeleteKeyPair(Ec2State state, IReadOnlyDictionary<string, string> p)
    {
        // EC2 answers success for a key pair that does not exist.
        state.RemoveKeyPair(p.GetValueOrDefault("KeyName") ?? "");
        return Response("DeleteKeyPair", E("return", "true"));
    }

    /// <summary>The values of <c>Name.1</c>, <c>Name.2</c>, … in order.</summary>
    private static List<string> Numbered(IReadOnlyDictionary<string, string> p, string name)
    {
        var values = new List<string>();
        for (var i = 1; p.TryGetValue($"{name}.{i}", out var value); i++)
        {
            values.Add(value);
        }

        return values;
    }

    private static (string AccessKeyId, string Region) AccessKeyOf(string authorization)
    {
        var match = CredentialScope().Match(authorization);
        return match.Success ? (match.Groups["key"].Value, match.Groups["region"].Value) : ("", "us-east-1");
    }

    private static Task WriteErrorAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/xml;charset=UTF-8";
        return context.Response.WriteAsync(Error(code, message).ToString(SaveOptions.DisableFormatting));
    }

    [GeneratedRegex(@"Credential=(?<key>[^/]+)/\d{8}/(?<region>[^/]+)/")]
    private static partial Regex CredentialScope();
}
