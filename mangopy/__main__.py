from mangopy.cli import main

main()
