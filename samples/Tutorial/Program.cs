Console.WriteLine("The Tutorial sample arrives with CarafeApp.");
