using System;
using CoreGraphics;
using Foundation;
using ObjCRuntime;
#if MONOMAC
using UIView = AppKit.NSView;
#endif

namespace UIKit {
	delegate void UIOperationHandler (bool success);

	[BaseType (typeof (NSObject))]
	interface UIResponder {
		[Export ("becomeFirstResponder")]
		bool BecomeFirstResponder ();

		[Export ("isFirstResponder")]
		bool IsFirstResponder { get; }
	}

	[Protocol]
	interface UIAppearance {
	}

	[BaseType (typeof (UIResponder))]
	interface UIView : UIAppearance, NSCoding {
		[DesignatedInitializer]
		[Export ("initWithFrame:")]
		NativeHandle Constructor (CGRect frame);

		[Static]
		[Export ("animateWithDuration:animations:completion:")]
		void Animate (double duration, Action animation, [NullAllowed] UIOperationHandler completion);

		[Export ("userInteractionEnabled")]
		bool UserInteractionEnabled { [Bind ("isUserInteractionEnabled")] get; set; }

		[NullAllowed] // by default this property is null
		[Export ("backgroundColor", ArgumentSemantic.Retain)]
		UIColor BackgroundColor { get; set; }

		[Export ("subviews")]
		UIView [] Subviews { get; }

		[Export ("layer", ArgumentSemantic.Retain)]
		CoreAnimation.CALayer Layer { get; }

		[Export ("maskedCorners")]
		UIRectCorner MaskedCorners { get; set; }

		[Export ("convertPoint:toView:")]
		CGPoint ConvertPointToView (CGPoint point, [NullAllowed] UIView toView);

		[Export ("setNeedsLayout")]
		void SetNeedsLayout ();

		[NoiOS]
		[Export ("macOnlyThing")]
		void MacOnlyThing ();

		[Unavailable (PlatformName.iOS)]
		[Export ("anotherMacOnlyThing")]
		void AnotherMacOnlyThing ();

		[Wrap ("Animate (duration, animation, null)")]
		void Animate (double duration, Action animation);

#if MONOMAC
		[Export ("macConditional")]
		void MacConditional ();
#else
		[Export ("iosConditional")]
		void IosConditional ();
#endif
	}

	[BaseType (typeof (NSObject))]
	interface UIColor {
		[Static]
		[Export ("redColor")]
		UIColor Red { get; }

		[Export ("CGColor")]
		CGColor CGColor { get; }
	}

	[Category]
	[BaseType (typeof (UIColor))]
	interface UIColor_Additions {
		[Export ("colorWithAlphaComponent:")]
		UIColor ColorWithAlpha (nfloat alpha);
	}

	// only a category of UIWindowScene is bound here: the class itself is not (partial)
	[Category]
	[BaseType (typeof (UIWindowScene))]
	interface UIWindowScene_Extras {
		[Export ("extraSceneThing")]
		void ExtraSceneThing ();
	}

	[BaseType (typeof (NSObject))]
	[Model]
	[Protocol]
	interface UIScrollViewDelegate {
		[Export ("scrollViewDidScroll:")]
		void Scrolled (UIScrollView scrollView);
	}

	[Protocol]
	interface UIFocusItemScrollableContainer {
	}

	[BaseType (typeof (UIView))]
	interface UIScrollView {
		[Export ("delegate", ArgumentSemantic.Weak)]
		[NullAllowed]
		IUIScrollViewDelegate Delegate { get; set; }

		[Export ("contentOffset")]
		CGPoint ContentOffset { get; set; }

		[Export ("setContentOffset:animated:")]
		void SetContentOffset (CGPoint contentOffset, bool animated);
	}

	[BaseType (typeof (UIScrollViewDelegate))]
	[Model]
	[Protocol]
	interface UITableViewDelegate {
		[Abstract]
		[Export ("tableView:heightForRowAtIndexPath:")]
		nfloat GetHeightForRow (UITableView tableView, NSIndexPath indexPath);

		[Export ("tableView:didSelectRowAtIndexPath:")]
		void RowSelected (UITableView tableView, NSIndexPath indexPath);
	}

	[BaseType (typeof (UIScrollView))]
	interface UITableView {
		[Export ("indexPathsForVisibleRows")]
		[NullAllowed]
		NSIndexPath [] IndexPathsForVisibleRows { get; }

		[Export ("dequeueReusableCellWithIdentifier:")]
		[return: NullAllowed]
		NSObject DequeueReusableCell (string identifier);

		[Export ("objectAtIndex:")]
		[Internal]
		NativeHandle _ObjectAtIndex (nuint index);
	}

	[NoiOS]
	[BaseType (typeof (NSObject))]
	interface UIMacOnlyClass {
		[Export ("foo")]
		void Foo ();
	}

	public enum UIFontTextStyle {
		[Field ("UIFontTextStyleHeadline")]
		Headline,

		[Field ("UIFontTextStyleBody")]
		Body,
	}
}

namespace CoreAnimation {
	[BaseType (typeof (NSObject))]
	interface CALayer {
		[Export ("cornerRadius")]
		nfloat CornerRadius { get; set; }
	}
}
