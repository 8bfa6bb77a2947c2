public class Frameworks {
	public static Frameworks CreateiOSFrameworks (bool is_simulator_build)
	{
		return new Frameworks () {
				{ "Foundation", "Foundation", 3 },
				{ "UIKit", "UIKit", 3 },
				{ "CoreAnimation", "QuartzCore", 3 },
			};
	}
}
