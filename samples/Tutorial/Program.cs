using Tutorial;

TutorialApp.Create(args).Run();
