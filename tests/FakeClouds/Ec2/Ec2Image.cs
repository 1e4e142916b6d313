namespace FakeClouds.Ec2;

/// <summary>An AMI the fake knows; <see cref="CreationDate"/> is ISO 8601 as EC2 returns it.</summary>
public sealed record Ec2Image(string ImageId, string OwnerId, string Name, string Architecture, string CreationDate, string RootDeviceName = "/dev/sda1");
