from mangopy.cli import run

run()
