using System.Xml.Linq;

namespace FakeClouds.Ec2;

/// <summary>EC2 Query API answers: XML in the 2016-11-15 namespace, and the error envelope the SDK parses.</summary>
internal static class Ec2Xml
{
    public static readonly XNamespace Ns = "http://ec2.amazonaws.com/doc/2016-11-15/";

    public static XElement Response(string action, params object[] content) =>
        new(Ns + (action + "Response"), new XElement(Ns + "requestId", Guid.NewGuid().ToString()), content);

    public static XElement E(string name, params object?[] content) => new(Ns + name, content);

    public static XElement Set(string name, IEnumerable<XElement> items) => new(Ns + name, items.Select(item => new XElement(Ns + "item", item.Nodes())));

    public static XElement Instance(Ec2Instance instance) => E(
        "item",
        E("instanceId", instance.InstanceId),
        E("imageId", instance.ImageId),
        E("instanceState", E("code", instance.StateCode), E("name", instance.State)),
        E("instanceType", instance.InstanceType),
        instance.KeyName is null ? null : E("keyName", instance.KeyName),
        E("placement", E("availabilityZone", instance.AvailabilityZone)),
        instance.ClientToken is null ? null : E("clientToken", instance.ClientToken),
        Set("tagSet", instance.Tags.Select(tag => E("x", E("key", tag.Key), E("value", tag.Value)))));

    public static XElement Error(string code, string message) =>
        new("Response", new XElement("Errors", new XElement("Error", new XElement("Code", code), new XElement("Message", message))), new XElement("RequestID", Guid.NewGuid().ToString()));
}
