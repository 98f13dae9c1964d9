namespace Jixiao.Documents; internal static class Placeholder {}
