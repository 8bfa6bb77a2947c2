using System;

namespace UIKit {
	public struct UIEdgeInsets {
		[Field ("UIEdgeInsetsZero")] // fake (but helps testing and could also help documentation)
		public static readonly UIEdgeInsets Zero;

		public nfloat Top;
		public nfloat Left;
		public nfloat Bottom;
		public nfloat Right;

		public UIEdgeInsets (nfloat top, nfloat left, nfloat bottom, nfloat right)
		{
			Top = top;
			Left = left;
			Bottom = bottom;
			Right = right;
		}
	}
}
