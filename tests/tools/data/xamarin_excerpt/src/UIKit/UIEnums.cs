using System;
using ObjCRuntime;

namespace UIKit {
	// NSUInteger -> UIPopoverController.h
	[Native]
	[Flags]
	public enum UIRectCorner : ulong {
		TopLeft = 1 << 0,
		TopRight = 1 << 1,
		BottomLeft = 1 << 2,
		BottomRight = 1 << 3,
		AllCorners = ~(ulong) 0,
	}

	// NSInteger -> UIApplication.h
	[Native]
	public enum UIUserInterfaceLayoutDirection : long {
		LeftToRight,
		RightToLeft,
	}

	public enum UIPlainEnum : int {
		First = -1,
		Second,
	}
}
