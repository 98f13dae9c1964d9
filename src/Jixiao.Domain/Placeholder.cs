namespace Jixiao; internal static class Placeholder {}
